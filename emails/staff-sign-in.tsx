import { Button, Heading, Text } from "@react-email/components";
import { EmailLayout } from "./components/email-layout";

export type StaffSignInProps = { url: string; host: string; validMinutes: number };

/** The magic link a staff member signs in with. */
export default function StaffSignIn({ url, host, validMinutes }: StaffSignInProps) {
  return (
    <EmailLayout preview={`Sign in to Reagent Desk staff at ${host}`}>
      <Heading as="h1" style={{ fontSize: "20px", margin: "0 0 8px" }}>
        Sign in to Reagent Desk staff
      </Heading>
      <Text>
        Use this button to sign in at {host}. The link works once and expires in {validMinutes} minutes.
      </Text>
      <Button href={url} style={{ background: "#0b5c7a", color: "#ffffff", padding: "10px 18px", borderRadius: "6px", fontWeight: 600 }}>
        Sign in
      </Button>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        If the button does not work, paste this address into your browser:
        <br />
        {url}
      </Text>
      <Text style={{ color: "#44546a", fontSize: "13px" }}>
        If you did not ask to sign in, ignore this email: nothing happens without the link.
      </Text>
    </EmailLayout>
  );
}

StaffSignIn.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=example",
  host: "localhost:3000",
  validMinutes: 30,
} satisfies StaffSignInProps;
