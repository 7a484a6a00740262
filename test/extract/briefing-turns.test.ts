/**
 * Briefings labelled by turn ("问：… 答：…", "Вопрос: … Ответ: …", "Hỏi: … Trả lời: …", "Q: … A: …"):
 * the answer is the host's, the spokesperson or ministry the title names, speaking for their state,
 * even when the question has just named another official; the journalist's question claims nothing,
 * while what it reports others saying keeps its own speaker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, show } from '../helpers/claim-sentences.ts';

interface Case {
  lang: string;
  title: string;
  /** A question that names a foreign official and asks for a comment. */
  question: string;
  /** An answer in the first person, addressed to that official's state. */
  answer: string;
  host: string;
  addressee: string;
  /** An answer that says nothing of substance, before the unlabelled paragraphs that go on with it. */
  opening: string;
  /** A question reporting an accusation by `accuser`, then asking. */
  reported: string;
  accuser: string;
}

const CASES: Case[] = [
  {
    lang: 'zh', title: '2031年3月4日中国外交部发言人张伟主持例行记者会', host: 'CN', addressee: 'PH',
    question: '问：菲律宾国防部长特奥多罗称，菲方将继续加强网络防御。你有何回应？',
    answer: '答：我们奉劝菲方停止炒作所谓网络威胁。', opening: '答：这个问题我们已经多次回答过。',
    reported: '问：美方称，中国黑客入侵了美国多家港口的管理系统。中方是否会采取反制措施？', accuser: 'US',
  },
  {
    lang: 'en', title: 'Chinese Foreign Ministry Spokesperson Zhang Wei held a regular press conference on March 4, 2031', host: 'CN', addressee: 'PH',
    question: 'Q: Philippine Defence Secretary Gilberto Teodoro said Manila would strengthen its cyber defences. What is your comment?',
    answer: 'A: We urge the Philippines to stop hyping the so-called cyber threat.', opening: 'A: I have answered this question before.',
    reported: 'Q: The United States accused Chinese hackers of breaking into port systems. Will China take countermeasures?', accuser: 'US',
  },
  {
    lang: 'ru', title: 'Брифинг официального представителя МИД России М.А.Ивановой, Москва, 4 марта 2031 года', host: 'RU', addressee: 'GB',
    question: 'Вопрос: Министр обороны Великобритании Джон Хили заявил, что Лондон усилит киберзащиту. Как вы это прокомментируете?',
    answer: 'Ответ: Мы призываем Лондон прекратить раздувать так называемую киберугрозу.', opening: 'Ответ: Я уже отвечала на этот вопрос.',
    reported: 'Вопрос: Лондон обвинил российских хакеров во взломе портовых систем. Как ответит Москва?', accuser: 'GB',
  },
  {
    lang: 'vi', title: 'Ngày 4/3/2031, người phát ngôn của Bộ Ngoại giao Trung Quốc Trương Vĩ chủ trì họp báo thường kỳ', host: 'CN', addressee: 'PH',
    question: 'Hỏi: Bộ trưởng Quốc phòng Philippines Gilberto Teodoro cho biết Manila sẽ tăng cường phòng thủ mạng. Bình luận của ông thế nào?',
    answer: 'Trả lời: Chúng tôi kêu gọi Philippines ngừng thổi phồng nguy cơ bị tấn công mạng từ phía Trung Quốc.', opening: 'Trả lời: Tôi đã trả lời câu hỏi này.',
    reported: 'Hỏi: Mỹ cáo buộc tin tặc Trung Quốc xâm nhập hệ thống cảng biển. Trung Quốc sẽ phản ứng thế nào?', accuser: 'US',
  },
];

for (const c of CASES) {
  test(`${c.lang}: an answer label gives the floor to the host the title names, not to the official the question named`, () => {
    const cs = claimsOf([c.question, c.answer].join('\n\n'), c.lang, { title: c.title });
    assert.ok(cs.some((x) => x.claimant === c.host && x.stance === 'calls-for' && x.target === c.addressee), show(cs));
    assert.ok(!cs.some((x) => x.claimant === c.addressee), show(cs));
  });

  test(`${c.lang}: the question asked claims nothing; the accusation it reports keeps its speaker`, () => {
    const cs = claimsOf([c.reported, c.answer].join('\n\n'), c.lang, { title: c.title });
    const asked = c.reported.slice(c.reported.search(/[。.]\s*\S/u) + 1).trim();
    assert.ok(!cs.some((x) => asked.includes(x.evidence.text.trim())), show(cs));
    assert.ok(cs.some((x) => x.claimant === c.accuser && (x.stance === 'accuses' || x.stance === 'attributes')), show(cs));
  });

  test(`${c.lang}: an unlabelled paragraph after the answer is still the host's`, () => {
    const unlabelled = c.answer.replace(/^[^:：]+[:：]\s*/u, '');
    const cs = claimsOf([c.question, c.opening, unlabelled].join('\n\n'), c.lang, { title: c.title });
    assert.ok(cs.some((x) => x.claimant === c.host && x.stance === 'calls-for' && x.target === c.addressee), show(cs));
  });
}

test('ru: a speaker label opening with initials ("М.А.Иванова:") names the speaker of the answer', () => {
  const ru = claimsOf([
    'Официальный представитель МИД России М.А.Иванова ответила на вопросы журналистов.',
    'Вопрос: Министр обороны Великобритании Джон Хили заявил, что Лондон усилит киберзащиту.',
    'М.А.Иванова: Мы призываем Лондон прекратить раздувать так называемую киберугрозу.',
  ].join('\n\n'), 'ru', { title: 'Брифинг МИД, 4 марта 2031 года' });
  assert.ok(ru.some((x) => x.claimant === 'RU' && x.stance === 'calls-for' && x.target === 'GB'), show(ru));
});
