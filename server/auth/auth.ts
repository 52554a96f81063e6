import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/auth-schemas";
import { AppError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { authorizeCheckinToken } from "./guest-session";
import { clientAddress } from "./rate-limit";
import { endSignedOutSession, SESSION_HOURS } from "./session-user";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class AccountDisabled extends CredentialsSignin {
  code = "account_disabled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // The secret comes from AUTH_SECRET, read by Auth.js at request time (not at build time).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      id: "credentials",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const user = await authenticate(
            parsed.data.email,
            parsed.data.password,
            clientAddress(request.headers),
          );
          return user && { ...user, id: user.id };
        } catch (e) {
          if (e instanceof AppError && e.code === "rate_limited") throw new RateLimited();
          if (e instanceof AppError && e.code === "forbidden") throw new AccountDisabled();
          throw e;
        }
      },
    }),
    // Guests: a check-in link's token opens a session limited to that stay (see guest-session.ts).
    Credentials({
      id: "checkin",
      credentials: { token: { label: "Check-in token", type: "text" } },
      authorize: (raw) => authorizeCheckinToken(raw?.token),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.buildingId = user.buildingId;
        token.unitIds = user.unitIds ?? [];
        token.reservationId = user.reservationId;
        token.checkinLinkId = user.checkinLinkId;
        token.sessionVersion = user.sessionVersion;
        // this session's own id: signing out records it, so the JWT ends even where a cookie still carries it
        token.sid = crypto.randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role && token.buildingId) {
        session.user = {
          ...session.user,
          id: token.uid,
          email: token.email ?? "",
          name: token.name ?? "",
          role: token.role,
          buildingId: token.buildingId,
          unitIds: token.unitIds ?? [],
          reservationId: token.reservationId,
        };
        if (token.checkinLinkId) session.checkinLinkId = token.checkinLinkId;
        // the account's session version at sign-in: a later bump revokes this JWT (server/auth/session-user.ts)
        if (token.sessionVersion !== undefined) session.sessionVersion = token.sessionVersion;
        if (token.sid) session.sid = token.sid;
      }
      return session;
    },
  },
  events: {
    // Both ways out (the /logout form and a POST to /api/auth/signout) come here with the JWT being cleared.
    // Auth.js logs an error thrown here and clears the cookie anyway.
    async signOut(message) {
      await endSignedOutSession("token" in message ? message.token : null);
    },
  },
});
