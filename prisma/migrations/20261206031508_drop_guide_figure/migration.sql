-- DropForeignKey
ALTER TABLE "GuideFigure" DROP CONSTRAINT "GuideFigure_guideId_fkey";

-- DropTable
DROP TABLE "GuideFigure";

