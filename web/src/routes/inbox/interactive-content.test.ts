import { describe, expect, it } from 'vitest';
import { buildButtons, buildList, optionIds } from './interactive-content';

describe('reply buttons', () => {
  it('become the API’s buttons, without empty rows, with readable unique ids', () => {
    expect(buildButtons('  Which day?  ', ['Lunedì', '', 'Martedì sera'])).toEqual({
      type: 'buttons',
      text: 'Which day?',
      buttons: [
        { id: 'lunedi', title: 'Lunedì' },
        { id: 'martedi-sera', title: 'Martedì sera' },
      ],
    });
  });

  it('are refused past WhatsApp’s limits: 3 buttons of 20 characters, unique titles, a text', () => {
    expect(buildButtons('Pick', ['a', 'b', 'c', 'd'])).toEqual({ key: 'tooMany', max: 3 });
    expect(buildButtons('Pick', ['x'.repeat(21)])).toEqual({ key: 'titleTooLong', max: 20, title: 'x'.repeat(21) });
    expect(buildButtons('Pick', ['Yes', 'Yes'])).toEqual({ key: 'duplicateTitle', title: 'Yes' });
    expect(buildButtons(' ', ['Yes'])).toEqual({ key: 'textRequired' });
    expect(buildButtons('Pick', ['', ' '])).toEqual({ key: 'optionRequired' });
  });
});

describe('lists', () => {
  it('become one section of rows, descriptions only where given', () => {
    expect(buildList('Our menu', 'See dishes', [{ title: 'Pizza', description: 'Margherita' }, { title: 'Pasta', description: '' }])).toEqual({
      type: 'list',
      text: 'Our menu',
      buttonText: 'See dishes',
      sections: [{ rows: [{ id: 'pizza', title: 'Pizza', description: 'Margherita' }, { id: 'pasta', title: 'Pasta' }] }],
    });
  });

  it('need a button label and keep to 10 rows of 24 characters', () => {
    expect(buildList('Menu', '', [{ title: 'A', description: '' }])).toEqual({ key: 'buttonTextRequired' });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ title: `Dish ${i}`, description: '' }));
    expect(buildList('Menu', 'Open', eleven)).toEqual({ key: 'tooMany', max: 10 });
    expect(buildList('Menu', 'Open', [{ title: 'A', description: 'd'.repeat(73) }])).toEqual({ key: 'descriptionTooLong', max: 72, title: 'A' });
  });
});

describe('option ids', () => {
  it('stay unique when titles read the same, and exist for titles without letters', () => {
    expect(optionIds(['Sì!', 'Si', '???'])).toEqual(['si', 'si-2', 'option-3']);
  });
});
