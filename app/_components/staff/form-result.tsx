/** What a staff form's action answered: a polite status when it worked, an alert when it did not. */
export function FormResult({ message, ok, className = "" }: { message?: string; ok: boolean; className?: string }) {
  if (!message) return null;
  return (
    <p role={ok ? "status" : "alert"} className={`text-sm font-medium ${ok ? "text-green-800" : "text-red-800"} ${className}`}>
      {message}
    </p>
  );
}
