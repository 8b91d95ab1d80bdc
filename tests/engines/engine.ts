// One small interface over the two engines that Playwright cannot drive here:
//   WebKit (every iPhone browser): WebKitGTK's MiniBrowser through WebKitWebDriver, which speaks
//     classic W3C WebDriver, driven with selenium-webdriver (the W3C bindings from the Selenium
//     project: four small dependencies, and a plain W3C client that needs no vendor driver
//     download when pointed at a running driver).
//   Firefox: firefox-esr over WebDriver BiDi, driven with puppeteer-core (launches Firefox's own
//     BiDi endpoint directly, so it needs no geckodriver, which Debian does not package).
// Elements are found the way a learner finds them: by role and visible name. Clicks are the
// engines' own (WebKit's driver refuses a click on a covered control, as a finger would miss it).
import { spawn, type ChildProcess } from 'node:child_process';
import puppeteer, {
  type ElementHandle,
  type Browser as PuppeteerBrowser,
  type Page as PuppeteerPage
} from 'puppeteer-core';
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver';
import { findEngines, missingEnginesMessage } from '../../scripts/engines.mjs';
import { freePort } from './ports';

export type EngineName = 'webkit' | 'firefox';
export const ENGINES: EngineName[] = ['webkit', 'firefox'];

export type Role = 'button' | 'link' | 'heading' | 'radio' | 'checkbox' | 'textbox' | 'combobox';
export type Name = string | RegExp;

/** The phone screen every engine test runs on (as the Chromium tests do). */
export const PHONE = { width: 390, height: 844 };

export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs a function in the page; arguments and result must be JSON-like. */
  evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** Waits for a visible element with this role and accessible name, and clicks it. */
  click(role: Role, name: Name): Promise<void>;
  /** Types into the text field labelled `label` (value set and `input` fired, as typing does). */
  fill(label: Name, text: string): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /**
   * Firefox only (classic WebDriver cannot see WebKit's console): what the pages reported since
   * the last call, as lines: console errors and warnings, uncaught errors, and elements (a
   * preload link, a script, an image) of the current page whose load failed (watched from
   * before any of its scripts runs). Ask before leaving a page: its load failures go with it.
   */
  problems?(): Promise<string[]>;
  close(): Promise<void>;
}

/** Polls until `check` returns a truthy value; the timeout only bounds a hung test. */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 45_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function namePattern(name: Name): { source: string; flags: string } {
  if (name instanceof RegExp) return { source: name.source, flags: name.flags };
  return { source: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, flags: '' };
}

/**
 * Runs in the page: the first visible element with this role whose accessible name (roughly:
 * aria-label, else its label's or its own text) matches. Radios and checkboxes return their
 * label, which is what a finger taps. Kept free of closures: it is sent to the page as source.
 */
function findByRole(role: string, source: string, flags: string): Element | null {
  const selectors: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    radio: 'input[type="radio"], [role="radio"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    textbox:
      'input:not([type]), input[type="text"], input[type="search"], input[type="number"], input[type="url"], textarea',
    combobox: 'select'
  };
  const pattern = new RegExp(source, flags);
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return clean(label);
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy)
      return clean(
        labelledBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' ')
      );
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean(labels[0]!.textContent);
    return clean(element.textContent);
  };
  const shown = (element: Element): boolean => {
    const target =
      (element as HTMLInputElement).labels?.[0] ?? (element.closest('label') as Element | null);
    const box = role === 'radio' || role === 'checkbox' ? (target ?? element) : element;
    return box.getClientRects().length > 0 && getComputedStyle(box).visibility !== 'hidden';
  };
  for (const element of document.querySelectorAll(selectors[role] ?? '*')) {
    if (!shown(element) || !pattern.test(nameOf(element))) continue;
    if (role === 'radio' || role === 'checkbox')
      return (element as HTMLInputElement).labels?.[0] ?? element.closest('label') ?? element;
    return element;
  }
  return null;
}

/** Runs in the page: sets a text field's value as typing would (Svelte listens to `input`). */
function fillField(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  field.focus();
  if (setter) setter.call(field, text);
  else field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Runs in the page: what covers the middle of `target` (a finger's tap there would land on it),
 * or null when the tap reaches the target. WebKit's driver refuses such a click by itself.
 */
function coveredBy(target: Element): string | null {
  const box = target.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit || hit === target || target.contains(hit) || hit.contains(target)) return null;
  if ((target as HTMLLabelElement).control === hit) return null;
  const text = (hit.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}"> "${text}"`;
}

const evaluateSource = (fn: (...args: never[]) => unknown) =>
  `return (${fn.toString()}).apply(null, arguments);`;

/**
 * Runs in the page: whether the app has started (hydrated). The layout loads the update
 * notices' live region after every page component has mounted, so once it exists every
 * button has its handler; a prerendered page shows its buttons before that.
 */
function appStarted(): boolean {
  return document.querySelector('.notice-region[role="status"]') !== null;
}

async function waitForApp(page: EnginePage) {
  await waitFor(() => page.evaluate(appStarted), 'the app to start');
}

// ---------------------------------------------------------------------------------------------
// WebKit

async function waitForDriver(url: string) {
  await waitFor(async () => (await fetch(`${url}/status`)).ok, 'WebKitWebDriver to listen', 30_000);
}

class WebKitPage implements EnginePage {
  readonly engine = 'webkit';
  constructor(
    private readonly driver: WebDriver,
    private readonly process: ChildProcess
  ) {}

  async goto(url: string) {
    await this.driver.get(url);
    await waitForApp(this);
  }
  async reload() {
    await this.driver.navigate().refresh();
    await waitForApp(this);
  }
  async url() {
    return this.driver.getCurrentUrl();
  }
  async evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
    return (await this.driver.executeScript(evaluateSource(fn), ...args)) as T;
  }
  async click(role: Role, name: Name) {
    const { source, flags } = namePattern(name);
    const element = await waitFor(
      async () =>
        (await this.driver.executeScript(
          evaluateSource(findByRole),
          role,
          source,
          flags
        )) as WebElement | null,
      `${role} "${String(name)}"`
    );
    // As a person does: bring the control to the middle of the screen first, clear of the
    // sticky header and the phone's bottom bar, then click (a covered control still fails).
    await this.driver.executeScript(
      'arguments[0].scrollIntoView({ block: "center", inline: "center" });',
      element
    );
    await element.click();
  }
  async fill(label: Name, text: string) {
    const { source, flags } = namePattern(label);
    const field = await waitFor(
      async () =>
        (await this.driver.executeScript(
          evaluateSource(findByRole),
          'textbox',
          source,
          flags
        )) as WebElement | null,
      `text field "${String(label)}"`
    );
    await this.driver.executeScript(evaluateSource(fillField), field, text);
  }
  async setViewport(size: { width: number; height: number }) {
    await this.driver.manage().window().setRect(size);
  }
  async close() {
    try {
      await this.driver.quit();
    } finally {
      this.process.kill();
    }
  }
}

/**
 * Safari-like WebKit: the Storage API is off by default in WebKitGTK but on in Safari 17, so
 * the default features are Safari 17's; a test passes Safari 15.2–16's (`!StorageAPIEstimate`).
 */
export const SAFARI_17_FEATURES = 'StorageAPI,StorageAPIEstimate';
export const SAFARI_16_FEATURES = 'StorageAPI,!StorageAPIEstimate';

async function launchWebKit(features = SAFARI_17_FEATURES): Promise<EnginePage> {
  const found = findEngines();
  if (!found.webkitDriver || !found.miniBrowser) throw new Error(missingEnginesMessage(found)!);
  const port = await freePort();
  const driverProcess = spawn(found.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url);
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: found.miniBrowser,
          args: ['--automation', `--features=${features}`]
        }
      })
      .build();
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
    const page = new WebKitPage(driver, driverProcess);
    await page.setViewport(PHONE);
    return page;
  } catch (error) {
    driverProcess.kill();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox

/**
 * Runs in every document before its scripts: remembers each element whose load failed (a
 * failed `<link rel="modulepreload">` fires `error` on the link and reaches no console API).
 * Kept free of closures: it is sent to the page as source.
 */
function watchLoadErrors() {
  const failed: string[] = [];
  (window as unknown as { __loadErrors: string[] }).__loadErrors = failed;
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const attributes = ['rel', 'as', 'crossorigin', 'href', 'src']
        .filter((name) => target.hasAttribute(name))
        .map((name) => `${name}="${target.getAttribute(name)}"`);
      failed.push(`<${target.tagName.toLowerCase()} ${attributes.join(' ')}> failed to load`);
    },
    true
  );
}

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox';
  readonly #reported: string[] = [];
  constructor(
    private readonly browser: PuppeteerBrowser,
    private readonly page: PuppeteerPage
  ) {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        this.#reported.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.#reported.push(`uncaught: ${String(error)}`));
  }

  async watch() {
    await this.page.evaluateOnNewDocument(watchLoadErrors);
  }
  async problems() {
    const failed = await this.page.evaluate(() =>
      ((window as unknown as { __loadErrors?: string[] }).__loadErrors ?? []).splice(0)
    );
    return [...this.#reported.splice(0), ...failed];
  }

  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
    await waitForApp(this);
  }
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
    await waitForApp(this);
  }
  async url() {
    return this.page.url();
  }
  async evaluate<T>(fn: (...args: never[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
    return (await this.page.evaluate(fn as (...args: unknown[]) => T, ...args)) as T;
  }
  private async find(role: Role, name: Name): Promise<ElementHandle<Element>> {
    const { source, flags } = namePattern(name);
    return waitFor(
      async () => {
        const handle = await this.page.evaluateHandle(findByRole, role, source, flags);
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) await handle.dispose();
        return element;
      },
      `${role} "${String(name)}"`
    );
  }
  async click(role: Role, name: Name) {
    const element = await this.find(role, name);
    try {
      // As in WebKit: to the middle of the screen first, as a person scrolls. Puppeteer only
      // scrolls an element that is outside the viewport, and its click does not look at what is
      // on top: a word-bank chip under the quiz's sticky answer bar was "clicked" on the bar.
      await element.evaluate((target) =>
        target.scrollIntoView({ block: 'center', inline: 'center' })
      );
      const cover = await element.evaluate(coveredBy);
      if (cover) throw new Error(`${role} "${String(name)}" is covered by ${cover}`);
      await element.click();
    } finally {
      await element.dispose();
    }
  }
  async fill(label: Name, text: string) {
    const field = await this.find('textbox', label);
    await field.evaluate(fillField as (field: Element, text: string) => void, text);
    await field.dispose();
  }
  async setViewport(size: { width: number; height: number }) {
    await setFirefoxViewport(this.page, size);
  }
  async close() {
    await this.browser.close();
  }
}

async function launchFirefox(): Promise<EnginePage> {
  const found = findEngines();
  if (!found.firefox) throw new Error(missingEnginesMessage(found)!);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.firefox,
    headless: true,
    protocolTimeout: 120_000,
    extraPrefsFirefox: { 'intl.accept_languages': 'de-DE, de' }
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await setFirefoxViewport(page, PHONE);
  const firefox = new FirefoxPage(browser, page);
  await firefox.watch();
  return firefox;
}

/**
 * Puppeteer sends BiDi's `browsingContext.setViewport` together with
 * `emulation.setScreenOrientationOverride`, which Firefox ESR 140 (Debian trixie's) does not
 * know yet. The viewport command still runs, so an unknown orientation command is tolerated
 * and the page's own width is awaited instead.
 */
async function setFirefoxViewport(page: PuppeteerPage, size: { width: number; height: number }) {
  try {
    await page.setViewport(size);
  } catch (error) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error))) throw error;
    await waitFor(
      () => page.evaluate((width) => window.innerWidth === width, size.width),
      `a ${size.width} px wide page`
    );
  }
}

// ---------------------------------------------------------------------------------------------

/** A fresh browser (fresh profile) of this engine on a phone-sized screen. */
export async function launch(engine: EngineName, options: { webkitFeatures?: string } = {}) {
  return engine === 'webkit' ? launchWebKit(options.webkitFeatures) : launchFirefox();
}

// ---------------------------------------------------------------------------------------------
// What tests check, in every engine

/** The text a reader sees in the main area. */
export function mainText(page: EnginePage): Promise<string> {
  return page.evaluate(() => (document.querySelector('main') ?? document.body).textContent ?? '');
}

/** Waits until the page shows this heading (any level). */
export async function waitForHeading(page: EnginePage, name: Name, level?: number) {
  const { source, flags } = namePattern(name);
  return waitFor(
    () =>
      page.evaluate(
        (source: string, flags: string, level: number) => {
          const pattern = new RegExp(source, flags);
          const selector = level ? `h${level}` : 'h1, h2, h3, h4, h5, h6';
          const heading = [...document.querySelectorAll(selector)].find((element) =>
            pattern.test((element.textContent ?? '').replace(/\s+/g, ' ').trim())
          );
          return heading ? (heading.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
        },
        source,
        flags,
        level ?? 0
      ),
    `heading "${String(name)}"`
  );
}

/** Waits until the main area contains this text. */
export async function waitForText(page: EnginePage, text: Name) {
  const { source, flags } = namePattern(text);
  const pattern = text instanceof RegExp ? new RegExp(source, flags) : null;
  return waitFor(
    async () => {
      const content = (await mainText(page)).replace(/\s+/g, ' ');
      return pattern ? pattern.test(content) : content.includes(text as string);
    },
    `text "${String(text)}"`
  );
}

/** Waits until the service worker has installed (precached everything) and controls the page. */
export async function waitForServiceWorker(page: EnginePage) {
  await waitFor(
    () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.active?.state === 'activated';
      }),
    'the service worker to activate',
    120_000
  );
}

export { findEngines, missingEnginesMessage };

/** Starts Xvfb on a free display when none is set (WebKitGTK needs one even for tests). */
export async function ensureDisplay(): Promise<() => void> {
  if (process.env.DISPLAY) return () => {};
  const found = findEngines();
  if (!found.xvfb || found.xvfb === 'not needed') throw new Error(missingEnginesMessage(found)!);
  const xvfb = spawn(
    found.xvfb,
    ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'pipe', 'ignore']
    }
  );
  const display = await new Promise<string>((resolve, reject) => {
    let output = '';
    xvfb.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(output.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
  process.env.DISPLAY = `:${display}`;
  return () => {
    xvfb.kill();
  };
}
