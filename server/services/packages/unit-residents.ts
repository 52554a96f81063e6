import "server-only";
import type { User } from "@/lib/domain/user";
import { getUnit } from "../../db/units";
import { findUser } from "../../db/users";

/** The people living in a unit (its `residentIds`), those that still exist. */
export async function getUsersOfUnit(buildingId: string, unitId: string): Promise<User[]> {
  const unit = await getUnit({ buildingId, unitId });
  const people = await Promise.all(unit.residentIds.map((userId) => findUser({ buildingId, userId })));
  return people.filter((p): p is User => p !== null);
}
