-- CreateEnum
CREATE TYPE "GuideKind" AS ENUM ('COMPARISON', 'APPLICATION_NOTE', 'TROUBLESHOOTING', 'PROTOCOL');

-- CreateTable
CREATE TABLE "Guide" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "kind" "GuideKind" NOT NULL,
    "author" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "revisedAt" TIMESTAMP(3),
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Guide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuideReference" (
    "guideId" INTEGER NOT NULL,
    "referenceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "GuideReference_pkey" PRIMARY KEY ("guideId","referenceId")
);

-- CreateTable
CREATE TABLE "GuideProduct" (
    "guideId" INTEGER NOT NULL,
    "productId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "GuideProduct_pkey" PRIMARY KEY ("guideId","productId")
);

-- CreateTable
CREATE TABLE "GuideFigure" (
    "id" SERIAL NOT NULL,
    "guideId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "src" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "caption" TEXT NOT NULL,

    CONSTRAINT "GuideFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Guide_slug_key" ON "Guide"("slug");

-- CreateIndex
CREATE INDEX "Guide_kind_publishedAt_idx" ON "Guide"("kind", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "GuideReference_guideId_position_key" ON "GuideReference"("guideId", "position");

-- CreateIndex
CREATE INDEX "GuideProduct_productId_idx" ON "GuideProduct"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "GuideFigure_guideId_position_key" ON "GuideFigure"("guideId", "position");

-- AddForeignKey
ALTER TABLE "GuideReference" ADD CONSTRAINT "GuideReference_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "Guide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideReference" ADD CONSTRAINT "GuideReference_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideProduct" ADD CONSTRAINT "GuideProduct_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "Guide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideProduct" ADD CONSTRAINT "GuideProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuideFigure" ADD CONSTRAINT "GuideFigure_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "Guide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

