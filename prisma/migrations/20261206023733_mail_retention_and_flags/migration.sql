-- AlterTable
ALTER TABLE "InquiryMessage" ADD COLUMN     "flagReason" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "bodyRemovedAt" TIMESTAMP(3);

