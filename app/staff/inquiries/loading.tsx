import { Bone, LoadingSkeleton } from "@/app/_components/loading-skeleton";

// The inbox (and an inquiry under it) is read from the database on every request; the staff navigation stays usable meanwhile.
export default function InboxLoading() {
  return (
    <LoadingSkeleton label="Loading inquiries…" className="space-y-4">
      <Bone className="h-8 w-40" />
      <div className="flex flex-wrap gap-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Bone key={i} className="h-7 w-24 rounded-full" />
        ))}
      </div>
      <div className="rounded-md border border-line bg-white p-3">
        <Bone className="h-11 w-full" />
      </div>
      <div className="divide-y divide-line rounded-md border border-line bg-white">
        {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
          <div key={i} className="flex items-center gap-4 p-3">
            <Bone className="h-4 w-24" />
            <Bone className="h-4 flex-1" />
            <Bone className="h-4 w-20" />
          </div>
        ))}
      </div>
    </LoadingSkeleton>
  );
}
