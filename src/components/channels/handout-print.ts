// The "In tờ tin" button: prints the page, whose print stylesheet shows only the handout. Shown only when this runs.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-handout-print]')) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}
