import type { Browser, BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PASSWORD, signIn, signUp, uniqueEmail } from './helpers';
import { inviteBaseURL, smtpPort } from './servers';
import { linkIn, type ReceivedMail, startSmtpSink } from './smtp-sink';

// On the invite server (e2e/servers.ts): SIGNUP=invite, mail to our sink. Its first account, made here,
// runs the server; the tests build on each other (the invited person, then her reset).
test.use({ baseURL: inviteBaseURL });
// Several browsers and axe scans per test: on a busy machine that takes longer than the default minute.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let adminContext: BrowserContext;
let admin: Page;
let inviteUrl = '';
const member = uniqueEmail('ruth');
const NEW_PASSWORD = 'harbour violet compass';

const newVisitor = async (browser: Browser) =>
  (await browser.newContext({ baseURL: inviteBaseURL })).newPage();

async function openInvites(page: Page) {
  await page.getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Invites' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invites' })).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  sink = await startSmtpSink(smtpPort);
  adminContext = await browser.newContext({ baseURL: inviteBaseURL });
  await adminContext.grantPermissions(['clipboard-read', 'clipboard-write']);
  admin = await adminContext.newPage();
  await admin.goto('/signup');
  await expect(admin.getByText('You are the first one here, so this account runs the server')).toBeVisible();
  await signUp(admin, uniqueEmail('admin'));
});

test.afterAll(async () => {
  await adminContext?.close();
  await sink?.close();
});

test('an invite-only server asks for an invite link before anyone can sign up', async ({
  browser,
  pageErrors,
}) => {
  pageErrors.allow(
    'this test signs up without an invite: 403 is the answer',
    /status of 403.*\/auth\/register/,
  );
  const page = await newVisitor(browser);
  await page.goto('/signin');
  await expect(
    page.getByText('New here? You need an invite link from the person who runs this server.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'I have an invite link' }).click();
  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toHaveText(/needs an invite to create an account/);
  await page.context().close();
});

test('the admin creates an invite link, and a new person joins with it', async ({ browser }) => {
  await openInvites(admin);
  await expect(admin.getByText('Only people with an invite link can create an account')).toBeVisible();
  await expect(admin.getByText('No invites yet.')).toBeVisible();
  await admin.getByLabel('The link works for').selectOption('3');
  await admin.getByRole('button', { name: 'Create invite link' }).click();
  await expect(admin.getByRole('heading', { name: 'Your invite link' })).toBeFocused();
  inviteUrl = await admin.getByTestId('invite-url').inputValue();
  expect(inviteUrl).toMatch(new RegExp(`^${inviteBaseURL}/join/[A-Za-z0-9_-]{20,}$`));
  await admin.getByRole('button', { name: 'Copy link' }).click();
  await expect(admin.getByText('Link copied.')).toBeVisible();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
  await admin.getByRole('button', { name: 'Done' }).click();
  await expect(admin.getByTestId('invite')).toHaveCount(1);
  await expect(admin.getByTestId('invite')).toContainText('Waiting');

  const page = await newVisitor(browser);
  await page.goto(inviteUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Join Spinekind' })).toBeVisible();
  await expect(page.getByLabel('Invite link')).toHaveCount(0);
  await page.getByLabel('Email').fill(member);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();
  // She does not run the server: no Invites for her.
  await page.getByRole('link', { name: 'More' }).click();
  await expect(page.getByRole('link', { name: 'Security' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Invites' })).toHaveCount(0);
  await page.context().close();

  await admin.reload();
  await expect(admin.getByTestId('invite')).toContainText('Used');
});

test('a used invite link is refused with a clear message', async ({ browser, pageErrors }) => {
  pageErrors.allow('this test reuses an invite: 403 is the answer', /status of 403.*\/auth\/register/);
  const page = await newVisitor(browser);
  await page.goto(inviteUrl);
  await page.getByLabel('Email').fill(uniqueEmail('second'));
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This invite link has been used or has expired. Ask the person who invited you for a new one.',
  );
  await expect(page).toHaveURL(/\/join\//);
  await page.context().close();
});

test('the admin revokes a waiting invite after confirming', async () => {
  await admin.goto('/admin/invites');
  await admin.getByRole('button', { name: 'Create invite link' }).click();
  await admin.getByRole('button', { name: 'Done' }).click();
  const waiting = admin.getByTestId('invite').filter({ hasText: 'Waiting' });
  await expect(waiting).toHaveCount(1);
  await waiting.getByRole('button', { name: /^Revoke the invite created/ }).click();
  await expect(admin.getByText('Revoke this invite? The link stops working straight away.')).toBeVisible();
  await admin.getByRole('button', { name: 'Keep it' }).click();
  await expect(waiting).toHaveCount(1);
  await waiting.getByRole('button', { name: /^Revoke the invite created/ }).click();
  await admin.getByRole('button', { name: 'Revoke it' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'The invite is revoked.' })).toBeFocused();
  await expect(admin.getByTestId('invite').filter({ hasText: 'Waiting' })).toHaveCount(0);
  await expect(admin.getByTestId('invite').filter({ hasText: 'Used' })).toHaveCount(1);
});

const mailsTo = (email: string): ReceivedMail[] => sink.mails.filter((m) => m.to.includes(email));

test('a forgotten password: the mailed link sets a new one, once', async ({ browser, pageErrors }) => {
  pageErrors.allow('this test opens a used reset link: 400 is the answer', /status of 400.*\/auth\/reset/);
  const page = await newVisitor(browser);
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  // The sign-in page has an Email field too: wait for the forgot page before typing (seen on CI).
  await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByRole('button', { name: 'Send me a link' }).click();
  const neutral = page
    .getByRole('status')
    .filter({ hasText: 'If that email has an account here, a link is on its way.' });
  await expect(neutral).toBeVisible();

  await page.goto('/forgot');
  await page.getByLabel('Email').fill(member);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(neutral).toBeVisible();
  await expect.poll(() => mailsTo(member).length).toBe(1);
  const link = linkIn(mailsTo(member)[0] as ReceivedMail, '/reset/');
  expect(link).toMatch(new RegExp(`^${inviteBaseURL}/reset/`));

  await page.goto(link as string);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('New password').fill('password1234');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.locator('.field .error')).toHaveText(/most common passwords/);
  await page.getByLabel('New password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Your password is changed. Sign in with your new password.')).toBeVisible();
  await signIn(page, member, NEW_PASSWORD);
  await expect(page.getByRole('heading', { name: 'How is your back today?' })).toBeVisible();

  await page.goto(link as string);
  await page.getByLabel('New password').fill('another quiet meadow');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This reset link has been used or has expired.');
  await page.context().close();
});

test('Invites, Security, join and forgot pages have no serious accessibility violations', async ({
  browser,
}) => {
  for (const path of ['/admin/invites', '/account/security']) {
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(admin.getByText(/Loading/)).toHaveCount(0);
    expect(await seriousViolations(admin), path).toEqual([]);
  }
  const page = await newVisitor(browser);
  for (const path of ['/join/some-invite-token', '/forgot', '/signin']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.context().close();
});

test('takes screenshots of Security, Invites, join with the meter and reset, at 390 and 1280 px', async ({
  browser,
}) => {
  const visitor = await newVisitor(browser);
  for (const width of [390, 1280]) {
    const viewport = { width, height: width === 390 ? 844 : 900 };
    const shot = (page: Page, name: string) =>
      page.screenshot({
        animations: 'disabled',
        fullPage: true,
        path: `docs/screenshots/security-${name}-${width}.png`,
      });
    await admin.setViewportSize(viewport);
    await visitor.setViewportSize(viewport);

    await admin.goto('/account/security');
    await expect(admin.getByTestId('device').first()).toBeVisible();
    await admin.getByLabel('New password').fill('password1234');
    await expect(admin.getByTestId('password-strength')).toHaveText('Strength: not accepted yet');
    await shot(admin, 'devices');
    await admin.getByLabel('New password').fill('');

    await admin.goto('/admin/invites');
    await admin.getByRole('button', { name: 'Create invite link' }).click();
    await expect(admin.getByTestId('invite-url')).toBeVisible();
    await shot(admin, 'invites');
    await admin.getByRole('button', { name: 'Done' }).click();

    await visitor.goto('/join/an-invite-token-for-the-screenshot');
    await visitor.getByLabel('Email').fill('ruth@example.test');
    await visitor.getByLabel('Password', { exact: true }).fill('maple river');
    await expect(visitor.getByTestId('password-strength')).toBeVisible();
    await shot(visitor, 'join-meter');

    await visitor.goto('/reset/a-reset-token-for-the-screenshot');
    await visitor.getByLabel('New password').fill(NEW_PASSWORD);
    await expect(visitor.getByTestId('password-strength')).toHaveText('Strength: strong');
    await shot(visitor, 'reset');

    await visitor.goto('/signin');
    await visitor.getByLabel('Password', { exact: true }).fill('my secret words');
    await visitor.getByRole('button', { name: 'Show password' }).click();
    await shot(visitor, 'signin');
  }
  await visitor.context().close();
});
