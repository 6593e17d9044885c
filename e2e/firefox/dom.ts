import type { Frame, Page } from 'puppeteer-core';

/** Puppeteer has no getByLabel/getByRole: the few selectors these tests need, by what shows. */
export const testId = (id: string) => `[data-testid="${id}"]`;

const literal = (text: string) => JSON.stringify(text);

/** The input a `<label for>` names, as a reviewer finds it. */
export const byLabel = (label: string) =>
  `::-p-xpath(//input[@id=//label[normalize-space()=${literal(label)}]/@for] | //textarea[@id=//label[normalize-space()=${literal(label)}]/@for])`;

export const button = (name: string) =>
  `::-p-xpath(//button[starts-with(normalize-space(), ${literal(name)}) or @aria-label=${literal(name)}])`;

export const link = (name: string) => `::-p-xpath(//a[normalize-space()=${literal(name)}])`;

/** The element's text, or null while it is not there (for `expect.poll`). */
export function textOf(where: Page | Frame, selector: string): Promise<string | null> {
  return where.$eval(selector, (el) => el.textContent).catch(() => null);
}

export function countOf(where: Page | Frame, selector: string): Promise<number> {
  return where.$$(selector).then((found) => found.length);
}

/**
 * Clicks through the element's handle: Puppeteer's locators wait for a viewport check that
 * never settles for a frame inside the dock's closed shadow root.
 */
export async function clickIn(where: Page | Frame, selector: string): Promise<void> {
  const element = await where.waitForSelector(selector, { timeout: 10_000 });
  await element!.click();
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
