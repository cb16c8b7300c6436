import { signOutAction } from "@/app/(site)/requests/actions";

/** Ends the requester's session in this browser (their links keep working). */
export function SignOutForm() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="btn btn-secondary">
        Sign out
      </button>
    </form>
  );
}
