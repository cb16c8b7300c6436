-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "structureSourceHash" TEXT;

