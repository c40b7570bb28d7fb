// characters/html-tags: HTML tag residue removed (a <br> or block tag between text becomes a line break); the tag
// vocabulary and prose with angle brackets left alone.

import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/html-tags', {
  valid: [
    '',
    { name: 'the tag vocabulary', text: '<headline>Big news</headline>\n<dateline>6 Jun</dateline> <byline>By Ann</byline> <standfirst>x</standfirst> <caption>y</caption> <credit>z</credit> <quote>q</quote>' },
    { name: 'comparisons', text: 'if a < b and c > d then a<b' },
    { name: 'hearts and arrows', text: 'I <3 this <<< and >>> <-- -->' },
    { name: 'email in angle brackets', text: 'Write to <name@example.com> today' },
    { name: 'made-up and keyboard tags', text: 'Press <Ctrl> and <sigh>' },
    { name: 'bare words after an element name are prose', text: 'x <b and c> d' },
    { name: 'unclosed comment opener', text: 'an arrow <!-- without end' },
  ],
  invalid: [
    { name: 'inline tags', text: 'Hello ⟦<b>⟧world⟦</b>⟧!', output: 'Hello world!', message: /HTML tag "<\/?b>"/ },
    { name: 'a link with attributes', text: 'Read ⟦<a href="https://example.com/x?a=1" class=\'link\'>⟧more⟦</a>⟧ here', output: 'Read more here' },
    { name: 'span between spaces takes one space', text: 'one ⟦<span class="x"> ⟧two', output: 'one two' },
    { name: 'paragraph tags at line ends', text: '⟦<p>⟧First paragraph.⟦</p>⟧', output: 'First paragraph.' },
    { name: 'a block boundary between text becomes a line break', text: 'First.⟦</p><p>⟧Second.', output: 'First.\nSecond.', message: /2 HTML tags/ },
    { name: 'a <br/> between text becomes a line break', text: 'line one⟦ <br/> ⟧line two', output: 'line one\nline two' },
    { name: 'two <br> become a paragraph break, CRLF kept', text: 'a⟦<br><br>⟧b\r\nc', output: 'a\r\n\r\nb\r\nc' },
    { name: 'a <br> at the end of a line is removed', text: 'end⟦<br>⟧\nnext', output: 'end\nnext' },
    { name: 'table cells become spaces', text: 'Ann⟦</td><td>⟧42', output: 'Ann 42' },
    { name: 'comment, even across lines', text: 'a ⟦<!-- hidden\nnote --> ⟧b', output: 'a b', message: /HTML comment/ },
    { name: 'doctype', text: '⟦<!DOCTYPE html>⟧\nText', output: '\nText' },
    { name: 'a vocabulary name with attributes is HTML', text: '⟦<caption class="wp">⟧Photo', output: 'Photo' },
    { name: 'inside a vocabulary passage', text: '<headline>Big ⟦<em>⟧news⟦</em>⟧</headline>', output: '<headline>Big news</headline>' },
  ],
});

testHostileInput('characters/html-tags', `${'<a b c d e f g '.repeat(70_000)}<p>`);
