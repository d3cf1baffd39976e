/**
 * The example portal (examples/portal) in a real browser: the whole journey on a phone-sized screen,
 * keyboard included; a locked field changed by page script and refused on submit; a failing source
 * whose fields stay editable with the reason shown. Screenshots go to .tmp/ (test artifacts); the
 * prefilled form's is copied into examples/portal for its README when missing, or with
 * ONCEONLY_UPDATE_SCREENSHOTS=1.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { Persona } from '@onceonly/mock';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortalWithMock } from '../../examples/portal/src/start.mjs';
import { chromiumAvailable, launchChromium } from './chromium.js';

const PROCEDURE = '1.004873'; // Cấp Giấy xác nhận tình trạng hôn nhân
const PHONE = { width: 390, height: 844 };
const README_SCREENSHOT = 'examples/portal/prefilled-form.png';
const available = chromiumAvailable('portal.test.ts');
const mask = (id: string) => `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;

if (!available && process.env.ONCEONLY_REQUIRE_SERVICES === '1') {
  it('Chromium is installed (required: ONCEONLY_REQUIRE_SERVICES=1)', () => {
    throw new Error(
      'Chromium is required here and missing: .ci/run installs it with apt-get install -y chromium',
    );
  });
}

describe.skipIf(!available)('the example portal in Chromium', () => {
  let running: RunningPortal;
  let browser: Browser;
  let persona: Persona;
  mkdirSync('.tmp', { recursive: true });

  beforeAll(async () => {
    running = await startPortalWithMock({ seed: 42 });
    browser = await launchChromium();
    persona = running.mock.world.byTag('married').find((p) => p.population.ngaySinh.length === 10)!;
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  /** A fresh phone-sized tab, signed in through the identity provider, on the prefilled form. */
  async function signedInOnForm(): Promise<Page> {
    const page = await (await browser.newContext({ viewport: PHONE, locale: 'vi-VN' })).newPage();
    await page.goto(running.url);
    await page.getByRole('link', { name: /tình trạng hôn nhân/ }).click();
    // The identity provider's persona picker: search by name, pick by masked id.
    await page.waitForURL(/\/idp\/authorize/);
    await page.fill('#q', persona.fullName);
    await page.press('#q', 'Enter');
    await page.locator('button[name="persona"]', { hasText: mask(persona.personalId) }).click();
    // The consent page names the agency, the purpose and the data; the citizen agrees.
    expect(await page.locator('.purpose').textContent()).toContain(PROCEDURE);
    expect(await page.locator('.categories li').count()).toBeGreaterThan(1);
    await page.getByRole('button', { name: /Đồng ý/ }).click();
    await page.waitForURL(`${running.url}/form`);
    return page;
  }

  it('runs the whole journey: sign-in, consent, prefilled form, submit, KPIs, access log', async () => {
    const page = await signedInOnForm();
    const fullName = page.locator('input[name="fullName"]');
    expect(await fullName.inputValue()).toBe(persona.fullName);
    expect(await fullName.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('[data-field="fullName"] .source').textContent()).toContain(
      'CSDL quốc gia về dân cư',
    );
    expect(await page.locator('[data-document="identity-residence"]').getAttribute('data-status')).toBe(
      'waived',
    );
    const summary = page.locator('#prefill-summary');
    const prefilled = Number(await summary.getAttribute('data-prefilled'));
    expect(prefilled).toBeGreaterThan(5);
    expect(await page.locator('.field.locked').count()).toBe(prefilled);
    // Phone-sized: nothing wider than the screen.
    // (Page scripts are strings: the tests compile without the DOM library.)
    const [scrollWidth, innerWidth] = await page.evaluate<number[]>(
      '[document.documentElement.scrollWidth, window.innerWidth]',
    );
    expect(innerWidth).toBe(PHONE.width);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth!);
    await page.screenshot({ path: '.tmp/portal-form.png', fullPage: true });
    // The README's copy: refreshed on demand (the page shows the time, so every run differs).
    if (process.env.ONCEONLY_UPDATE_SCREENSHOTS === '1' || !existsSync(README_SCREENSHOT)) {
      copyFileSync('.tmp/portal-form.png', README_SCREENSHOT);
    }

    // Keyboard only: type into the editable fields, submit with Enter.
    await page.locator('input[name="purpose"]').focus();
    await page.keyboard.type('Đăng ký kết hôn');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    expect(await page.locator('#dossier').textContent()).toContain('đã được tiếp nhận');
    await page.screenshot({ path: '.tmp/portal-submitted.png', fullPage: true });
    const events = running.mock.monitoring.events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ procedureCode: PROCEDURE, status: 'received', channel: 'online' });

    await page.getByRole('link', { name: 'Xem chỉ số dịch vụ công' }).click();
    expect(await page.locator('#kpis').getAttribute('data-dossiers')).toBe('1');
    await page.screenshot({ path: '.tmp/portal-kpis.png', fullPage: true });
    await page.goto(`${running.url}/access-log`);
    const rows = Number(await page.locator('#access-log').getAttribute('data-rows'));
    expect(rows).toBeGreaterThanOrEqual(3); // one per source read for the form
    expect(await page.locator('#access-log').textContent()).toContain('population.citizen.get');
    expect(await page.locator('#access-log').textContent()).not.toContain(persona.personalId);
    await page.screenshot({ path: '.tmp/portal-access-log.png', fullPage: true });
  });

  it('refuses a locked field changed in the page by script', async () => {
    const page = await signedInOnForm();
    const before = running.mock.monitoring.events.length;
    // What a malicious browser does: unlock the field and change it.
    await page.evaluate(`(() => {
      const input = document.querySelector('input[name="fullName"]');
      input.removeAttribute('readonly');
      input.value = 'Nguyễn Văn Giả';
    })()`);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/form') && r.request().method() === 'POST'),
      page.getByRole('button', { name: /Nộp hồ sơ/ }).click(),
    ]);
    expect(answer.status()).toBe(422);
    const alert = page.locator('#submit-error');
    expect(await alert.textContent()).toContain('Hồ sơ chưa được nộp');
    expect(await alert.textContent()).toContain('Họ, chữ đệm và tên');
    expect(await alert.textContent()).toContain('SUBMISSION_FIELD_CHANGED');
    // The form shows the verified value again, and nothing was reported.
    expect(await page.locator('input[name="fullName"]').inputValue()).toBe(persona.fullName);
    expect(running.mock.monitoring.events).toHaveLength(before);
    await page.screenshot({ path: '.tmp/portal-tampered.png', fullPage: true });
  });

  it('leaves a failing source’s fields editable, with the reason in Vietnamese', async () => {
    const fault = running.mock.faults.inject('civil.status.get', { kind: 'status', status: 500 });
    try {
      const page = await signedInOnForm();
      const field = page.locator('[data-field="maritalStatus"]');
      expect(await field.getAttribute('data-status')).toBe('unavailable');
      expect(await field.locator('input').getAttribute('readonly')).toBeNull();
      expect(await field.locator('.reason').textContent()).toContain(
        'Hệ thống dữ liệu quốc gia tạm thời chưa phản hồi',
      );
      expect(await page.locator('[data-document="divorce-or-death"]').getAttribute('data-status')).toBe(
        'required',
      );
      // The other sources still filled their fields.
      expect(await page.locator('input[name="fullName"]').getAttribute('readonly')).not.toBeNull();
      await page.screenshot({ path: '.tmp/portal-failed-source.png', fullPage: true });
    } finally {
      fault.remove();
    }
  });
});
