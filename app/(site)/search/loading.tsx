import { Bone, LoadingSkeleton } from "@/app/_components/loading-skeleton";

// Search results come from the database on every request; the header and footer stay in place meanwhile.
export default function SearchLoading() {
  return (
    <LoadingSkeleton label="Loading search results…" className="container-page py-8">
      <h1 className="text-3xl text-ink">Search</h1>
      <div className="mt-4 flex max-w-2xl gap-2">
        <Bone className="h-11 flex-1" />
        <Bone className="h-11 w-24" />
      </div>
      <Bone className="mt-3 h-4 w-72" />
      <ul className="mt-8 space-y-3">
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className="card space-y-2 p-4">
            <Bone className="h-5 w-2/3" />
            <Bone className="h-4 w-1/3" />
            <Bone className="h-4 w-full" />
          </li>
        ))}
      </ul>
    </LoadingSkeleton>
  );
}
