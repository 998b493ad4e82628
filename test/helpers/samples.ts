// SOPs that several tests read: one copy each.

import { sopWith } from './rule-tester.js';

/** Three intake chains (臨櫃, 電話, 網路), each with its own start, meeting at one common path. */
export const THREE_CHANNELS = sopWith(`
  - {id: counter, kind: start, text: 民眾臨櫃申請, next: counter-log}
  - {id: counter-log, text: 服務台登錄案件, next: handle}
  - {id: phone, kind: start, text: 民眾電話申請, next: phone-log}
  - {id: phone-log, text: 話務人員填寫紀錄表, next: handle}
  - {id: web, kind: start, text: 民眾網路申請, next: web-log}
  - {id: web-log, text: 系統自動登錄, next: handle}
  - {id: handle, text: 權責單位辦理}
  - {id: done, kind: end, text: 結案}`);
