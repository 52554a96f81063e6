import type { Role } from "@/lib/roles";

declare module "next-auth" {
  interface User {
    role?: Role;
    buildingId?: string;
    unitIds?: string[];
    reservationId?: string;
  }
  interface Session {
    user: {
      id: string;
      email: string;
      name: string;
      role: Role;
      buildingId: string;
      unitIds: string[];
      reservationId?: string;
    };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    buildingId?: string;
    unitIds?: string[];
    reservationId?: string;
  }
}
