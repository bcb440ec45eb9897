/** After a refused submit: the first field marked invalid takes focus once React has drawn the errors. */
export function focusFirstError(form: HTMLFormElement): void {
  setTimeout(() => {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, 0);
}
