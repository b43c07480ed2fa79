// Strings of the Workshop view (bundles, exercise packs, agreement, REFI-QDA, backup).
// Each entry is [zh-CN, en].
export const WORKSHOP_MESSAGES = {
  navWorkshop: ['协作', 'Workshop'],
  workshopTitle: ['协作与交换', 'Workshop and exchange'],
} as const satisfies Record<string, readonly [string, string]>;
