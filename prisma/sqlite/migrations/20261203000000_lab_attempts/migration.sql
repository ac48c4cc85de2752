-- CreateTable
CREATE TABLE "LabAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "learnerId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "module" TEXT NOT NULL,
    "lesson" TEXT NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "passedChecks" INTEGER NOT NULL,
    "totalChecks" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LabAttempt_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LabReveal" (
    "learnerId" TEXT NOT NULL,
    "labId" TEXT NOT NULL,
    "revealedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("learnerId", "labId"),
    CONSTRAINT "LabReveal_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "Learner" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LabAttempt_learnerId_labId_idx" ON "LabAttempt"("learnerId", "labId");
