import { describe, expect, it } from 'vitest';
import { deadline } from '../../src/rules/deadline.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const petition = (n: string, days: string, limit: string) =>
  sopWith(
    `
  - {id: receive, kind: start, text: 受理陳情案件, time: 1d}
  - {id: handle, text: 權責單位收文後處理, time: 2-3d}
  - {id: in-time, kind: decision, text: 是否依限辦日期於${days}日內處理完畢, branches: {是: done, 否: overdue}}
  - {id: overdue, text: 列管追蹤至完成, next: done}
  - {id: done, kind: end, text: 結案除管}`,
    { id: `petition-${'一二三'.indexOf(n) + 1}`, title: `嘉義市政府人民陳情案件管制作業流程（${n}）：案件`, deadline: limit },
  );

ruleTester(deadline, {
  valid: [
    {
      name: 'English: the reply carries its limit written in words (within five working days)',
      code: sopWith(`
  - {id: a, kind: start, text: Request received}
  - {id: b, text: "Promptly, but in all cases within five working days of receiving the request, a written response shall be provided to the requester"}
  - {id: c, kind: end, text: Request closed}`),
    },
    { name: 'the times fit, and the label states the deadline', code: petition('一', '5', '5d') },
    {
      name: 'a shorter limit for one step is not a conflict',
      code: sopWith(
        `
  - {id: a, kind: start, text: 收文後3日內分文}
  - {id: b, kind: end, text: 結案}`,
        { deadline: '15d' },
      ),
    },
    {
      name: 'one series, one limit',
      code: petition('一', '5', '5d'),
      others: [petition('二', '5', '5d')],
    },
    {
      name: 'the same day for the same action in chart and guidance',
      code: sopWith(
        `
  - {id: a, kind: start, text: 業務單位每年度4月起於每月5日前查填}
  - {id: b, kind: end, text: 結案}`,
        { guidance: '["依限(每月5日前)上網填報執行進度。", "企劃處於每年3月底前函知各業務單位填列預定作業計畫。"]', deadline: '1w' },
      ),
    },
    {
      name: 'a date for another action (函送) is not compared with 查填',
      code: sopWith(
        `
  - {id: a, kind: start, text: 每月5日前查填}
  - {id: b, kind: end, text: 結案}`,
        { guidance: '["每年4月15日前函送研考會核備。"]', deadline: '1w' },
      ),
    },
    {
      name: 'an applicant told of the result, with a deadline set',
      code: sopWith(
        `
  - {id: a, kind: start, text: 填寫申請單}
  - {id: b, kind: end, text: 通知申請人已完成作業}`,
        { deadline: '3d' },
      ),
    },
    {
      name: 'the reply states its own limit (於五個工作天內向民眾回覆)',
      code: sopWith(`
  - {id: a, kind: start, text: 接獲顧客意見}
  - {id: b, text: 顧客意見處理人員據陳核之結果於五個工作天內向民眾回覆說明}
  - {id: c, kind: end, text: 彙總並保存記錄}`),
    },
    {
      name: 'the guidance sets the limit of the whole case',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理陳情}
  - {id: b, text: 函覆陳情人}
  - {id: c, kind: end, text: 歸檔}`,
        { guidance: '["陳情案件應於收文後15日內辦結。"]' },
      ),
    },
    {
      name: 'a verb of telling followed by a colleague tells no applicant (a list of verbs alone would fire)',
      code: sopWith(`
  - {id: a, kind: start, text: 發狀櫃台收到案件}
  - {id: b, text: 通知承辦審查人員}
  - {id: c, kind: end, text: 結案}`),
    },
    {
      name: 'a verb of telling as the object of another verb (續辦線上回覆), a noun (回覆單), on the spot, or a request (補正)',
      code: sopWith(`
  - {id: a, kind: start, text: 受理申請}
  - {id: b, text: 醫師填寫轉診回覆單, next: [c, d, e]}
  - {id: c, kind: end, text: 解除列管，回原案件續辦線上回覆}
  - {id: d, kind: end, text: 如非本處權責，當面告知當事人洽該管機關辦理}
  - {id: e, kind: end, text: 通知申請人補正}`),
    },
    {
      name: 'English: the response limit is stated in a step',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: "Within five (5) business days of receiving a request, the agency shall respond"}
  - {id: b, kind: end, text: The office shall notify the requestor in writing of the decision}`),
    },
  ],
  invalid: [
    {
      name: 'English written to the requester: "will contact you to discuss the outcome", and no limit anywhere',
      code: sopWith(`
  - {id: a, kind: start, text: Request submitted}
  - {id: b, text: The Director reviews the request}
  - {id: c, text: The Recruitment Department will contact you to discuss the outcome}
  - {id: d, kind: end, text: Request closed}`),
      errors: [{ messageId: 'noDeadline', stepId: 'c' }],
    },
    {
      name: 'the longest path (ranges at their upper bound) exceeds the deadline',
      code: petition('一', '5', '3d'),
      errors: [
        { messageId: 'tooLong', line: 5, message: '4d' },
        { messageId: 'labelConflict', stepId: 'in-time', message: '「5日內」' },
      ],
    },
    {
      name: 'a loop is counted once',
      code: sopWith(
        `
  - {id: a, kind: start, text: 擬稿, time: 1d}
  - {id: b, kind: decision, text: 主管核閱, time: 1d, branches: {核可: c, 修正: a}}
  - {id: c, kind: end, text: 發文, time: 1h}`,
        { deadline: '2d' },
      ),
      errors: [{ messageId: 'tooLong', message: '2d 1h' }],
    },
    {
      name: 'the deadline says 5d, the decision says 於15日內',
      code: petition('一', '15', '5d'),
      errors: [{ messageId: 'labelConflict', stepId: 'in-time', message: '15日內' }],
    },
    {
      name: 'another SOP of the series has another limit (陳情（三）註2)',
      code: petition('三', '15', '15d'),
      others: [petition('一', '5', '5d'), petition('二', '5', '5d')],
      errors: [{ messageId: 'seriesConflict', stepId: 'in-time', message: '限辦期限為 5d，本 SOP 為 15d' }],
    },
    {
      name: 'a label\'s 每月5日前查填 against the guidance\'s 4月15日前…建檔 (基本設施 註3)',
      code: sopWith(
        `
  - {id: track, kind: start, text: 建檔後逐案列管}
  - {id: unit-report, text: 業務單位每年度4月起於每月5日前查填}
  - {id: done, kind: end, text: 送交人事處核備}`,
        { guidance: '["於每年4月15日前，完成各列管項目之作業計畫資料建檔。"]', deadline: '1w' },
      ),
      errors: [{ messageId: 'pointConflictGuidance', stepId: 'unit-report', message: '作業注意事項第1項寫「4月15日前…建檔」' }],
    },
    {
      name: 'two steps, two dates for the same action',
      code: sopWith(
        `
  - {id: a, kind: start, text: 每月5日前填報進度}
  - {id: b, text: 每月25日前填寫執行進度}
  - {id: c, kind: end, text: 結案}`,
        { deadline: '1w' },
      ),
      errors: [{ messageId: 'pointConflictStep', stepId: 'b', message: '「每月5日前填報」' }],
    },
    {
      name: 'the applicant is told the work is done, but no deadline (帳號註冊 註4)',
      code: sopWith(`
  - {id: fill, kind: start, text: 填寫申請單}
  - {id: setup, text: 受理單位核可申請完成設定}
  - {id: notify, text: 通知申請人已完成作業}
  - {id: archive, kind: end, text: 歸檔存查}`),
      errors: [{ messageId: 'noDeadline', stepId: 'notify' }],
    },
    {
      name: 'the complainant is answered by letter, and no limit is set anywhere',
      code: sopWith(`
  - {id: a, kind: start, text: 書面、傳真、電子郵件}
  - {id: b, text: 交權責單位}
  - {id: c, text: 函覆申訴人}
  - {id: d, kind: end, text: 結案錄檔}`),
      errors: [{ messageId: 'noDeadline', stepId: 'c', message: '「函覆申訴人」' }],
    },
    {
      name: 'a bare verb that tells only the outcome before the end; a limit for one visit is no case limit',
      code: sopWith(`
  - {id: a, kind: start, text: 民眾提出申請}
  - {id: b, text: 於3日內派員實地查訪}
  - {id: c, text: 通知(不)受理遷徙登記}
  - {id: d, kind: end, text: 結案}`),
      errors: [{ messageId: 'noDeadline', stepId: 'c' }],
    },
    {
      name: 'an interim answer and the final one: the final one; two outcomes on two ways: both',
      code: sopWith(`
  - {id: a, kind: start, text: 受理申訴}
  - {id: b, text: 承辦人員予以初步調查後，先行回應申訴人}
  - {id: c, text: 查訪, next: [d, e]}
  - {id: d, text: 電話告知申請人, next: f}
  - {id: e, text: 將處理結果回覆申訴人, next: f}
  - {id: f, kind: end, text: 結案}`),
      errors: [
        { messageId: 'noDeadline', stepId: 'd' },
        { messageId: 'noDeadline', stepId: 'e' },
      ],
    },
    {
      name: 'English: the originator is told the outcome (a passive), and no limit is set',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: Send the requisition to the group by email}
  - {id: b, text: The request will be considered at the next sitting of the group}
  - {id: c, kind: end, text: The originator will be provided with feedback on the approval outcome}`),
      errors: [{ messageId: 'noDeadline', stepId: 'c', message: 'The originator' }],
    },
    {
      name: 'English: within 10 days against a 5d deadline',
      lang: 'en',
      code: sopWith(
        `
  - {id: a, kind: start, text: Receive the case}
  - {id: b, kind: end, text: Close the case within 10 days}`,
        { deadline: '5d' },
      ),
      errors: [{ messageId: 'labelConflict', stepId: 'b', message: 'within 10 days' }],
    },
  ],
});
