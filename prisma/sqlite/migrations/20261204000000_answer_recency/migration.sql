-- CreateIndex
CREATE INDEX "Answer_learnerId_answeredAt_attemptQuestionId_idx" ON "Answer"("learnerId", "answeredAt", "attemptQuestionId");
