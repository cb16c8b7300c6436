-- CreateEnum
CREATE TYPE "PresenceActivity" AS ENUM ('VIEWING', 'REPLYING');

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "slaWarningSentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "InquiryPresence" (
    "inquiryId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "activity" "PresenceActivity" NOT NULL DEFAULT 'VIEWING',
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryPresence_pkey" PRIMARY KEY ("inquiryId","staffId")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryTag" (
    "inquiryId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryTag_pkey" PRIMARY KEY ("inquiryId","tagId")
);

-- CreateIndex
CREATE INDEX "InquiryPresence_seenAt_idx" ON "InquiryPresence"("seenAt");

-- CreateIndex
CREATE INDEX "InquiryTag_tagId_idx" ON "InquiryTag"("tagId");

-- AddForeignKey
ALTER TABLE "InquiryPresence" ADD CONSTRAINT "InquiryPresence_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryPresence" ADD CONSTRAINT "InquiryPresence_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryTag" ADD CONSTRAINT "InquiryTag_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryTag" ADD CONSTRAINT "InquiryTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Tag names are unique regardless of case: "Key account" and "key account" are one tag.
CREATE UNIQUE INDEX "Tag_name_lower_key" ON "Tag" (lower("name"));
