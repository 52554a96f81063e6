import type { SvgIcon } from "@/components/ui/lucide-svg";
import {
  Bell,
  BookOpen,
  Bot,
  Building2,
  CalendarCheck,
  CalendarClock,
  CalendarDays,
  ClipboardList,
  Cpu,
  House,
  KeyRound,
  LayoutDashboard,
  Mail,
  Megaphone,
  MessageCircle,
  Package,
  Plug,
  Receipt,
  ScrollText,
  Settings,
  Siren,
  Smartphone,
  Sun,
  Users,
  Wrench,
} from "@/components/ui/server-icons";
import type { NavIcon as NavIconKey } from "@/lib/navigation";

const ICONS: Record<NavIconKey, SvgIcon> = {
  home: House,
  stays: CalendarDays,
  tickets: Wrench,
  devices: Smartphone,
  chat: MessageCircle,
  today: Sun,
  "access-logs": KeyRound,
  reservations: CalendarCheck,
  missions: Bot,
  dashboard: LayoutDashboard,
  settings: Settings,
  units: Building2,
  people: Users,
  registry: Cpu,
  knowledge: BookOpen,
  audit: ScrollText,
  stay: ClipboardList,
  outbox: Mail,
  tokens: Plug,
  alarms: Siren,
  notifications: Bell,
  amenities: CalendarClock,
  packages: Package,
  billing: Receipt,
  passes: KeyRound,
  announcements: Megaphone,
};

/** The icon for a navigation key; always decorative (the link text names the link). */
export function NavIcon({ name, className }: { name: NavIconKey; className?: string }) {
  const Icon = ICONS[name];
  return <Icon aria-hidden="true" className={className} />;
}
