-- CreateTable
CREATE TABLE "LabAttempt" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "lesson" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "passedChecks" INTEGER NOT NULL,
    "totalChecks" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabReveal" (
    "learnerId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "revealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabReveal_pkey" PRIMARY KEY ("learnerId","labId")
);

-- CreateIndex
CREATE INDEX "LabAttempt_learnerId_labId_idx" ON "LabAttempt"("learnerId", "labId");

-- AddForeignKey
ALTER TABLE "LabAttempt" ADD CONSTRAINT "LabAttempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabReveal" ADD CONSTRAINT "LabReveal_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
