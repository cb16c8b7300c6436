-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "controlledScaffolds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "researchUseAcknowledgedAt" TIMESTAMP(3);

