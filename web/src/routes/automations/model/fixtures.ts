import type { Definition } from './types';

/** The contract's example: phrase → message → customer response with two branches. */
export function phraseFlow(): Definition {
  return {
    trigger: { type: 'message_phrase', phrase: 'INFO' },
    start: 'hello',
    steps: {
      hello: { type: 'send_message', message: { type: 'text', text: 'Hi %%FIRST_NAME%%, shall we go on?' }, next: 'wait' },
      wait: { type: 'customer_response', timeout: 'PT2S', next: 'thanks', noResponse: 'nudge' },
      thanks: { type: 'add_tag', tag: 'engaged' },
      nudge: { type: 'send_message', delay: 'PT1S', message: { type: 'text', text: 'Still there?' } },
    },
  };
}

/** A message with two reply buttons, each leading to its own step. */
export function buttonsFlow(): Definition {
  return {
    trigger: { type: 'api' },
    start: 'ask',
    steps: {
      ask: {
        type: 'send_message',
        message: { type: 'buttons', text: 'Which one?', buttons: [{ title: 'Yes', next: 'yes' }, { title: 'No', next: 'no' }] },
        timeout: 'PT1H',
        noResponse: 'later',
      },
      yes: { type: 'add_tag', tag: 'yes' },
      no: { type: 'add_tag', tag: 'no' },
      later: { type: 'chat_note', text: 'No answer' },
    },
  };
}
