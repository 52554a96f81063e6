/** The concierge's tool names, shared by the tool factory, the offline model's router and the chat UI. */
export const TOOL = {
  openMaintenance: "open_maintenance_request",
  doorAccess: "request_door_access",
  handOver: "hand_over_to_staff",
  passToStaff: "pass_question_to_staff",
  doorCode: "my_door_code",
  tickets: "list_my_tickets",
  stays: "list_my_stays",
  devices: "list_my_devices",
} as const;
export type ToolName = (typeof TOOL)[keyof typeof TOOL];
