import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The applicant names in the process instances table, in order (empty when the page shows no table). */
export async function applicants(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Process instances' });
  if (!(await table.isVisible())) return [];
  return (await table.locator('tbody tr td:first-child').allTextContents()).map((s) => s.trim());
}

export async function expectApplicants(page: Page, names: string[]) {
  await expect.poll(async () => (await applicants(page)).sort(), { timeout: 10_000 }).toEqual([...names].sort());
}

export async function openFilter(page: Page) {
  const button = page.getByRole('button', { name: 'Filter', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('button', { name: 'Apply filters' }).waitFor();
}

/** Picks an option of a Mantine Select or MultiSelect by its label. */
export async function choose(page: Page, label: string, option: string) {
  // The visible box over a Mantine select's input takes the click; the input opens the list.
  await page.getByRole('textbox', { name: label, exact: true }).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
  // A MultiSelect stays open after a pick; a Select closes (and Escape would close a modal around it).
  if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
}
