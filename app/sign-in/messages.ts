// Shared by the sign-in page (errors next-auth redirects with) and its form (errors from signIn()).
export const TOO_MANY_REQUESTS = "Too many sign-in links were asked for from here. Please try again in an hour.";
