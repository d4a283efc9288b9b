import { expect } from '@open-wc/testing';
import { OFFERED_LANGUAGES, UsersError } from '../../src/core/index.js';
import { en, errorMessage, loadCatalog, type Catalog } from '../../src/i18n/index.js';

/**
 * A 404 and a 400 read differently depending on the call that failed: "this user is gone" only
 * where a user was acted on; a 400 never says "check the highlighted fields", which only a form that
 * highlighted them may say (its own sentence, `errors.validation`).
 */

const LOADS = ['listUsers', 'getSession', 'listApiTokens'] as const;
const ON_A_USER = ['updateUser', 'setUserRole', 'resendInvite', 'removeUser'] as const;
const FORMS = ['inviteUser', 'updateUser', 'setUserRole'] as const;
const NO_FORM = ['listUsers', 'getSession', 'listApiTokens', 'resendInvite', 'removeUser', 'deleteApiToken'] as const;

const USER_GONE = 'This user is no longer in this account. Refresh the list to see the current users.';
const ACCOUNT_GONE = "The account or your user wasn't found. Sign in again or contact your administrator.";
const CHECK_FIELDS = 'Some of the details are not valid. Check the highlighted fields.';
const REFUSED = 'The server refused the request as invalid. If this keeps happening, contact support.';

const notFound = () => new UsersError('not_found', undefined, { status: 404 });
const invalid = (serverMessage?: string) => new UsersError('validation', undefined, { status: 400, serverMessage });

describe('errorMessage in context', () => {
  describe('not_found (404)', () => {
    for (const action of LOADS) {
      it(`loading (${action}): the account or the signed-in user was not found`, () => {
        expect(errorMessage(notFound(), en, action)).to.equal(ACCOUNT_GONE);
      });
    }
    for (const action of ON_A_USER) {
      it(`acting on a user (${action}): that user is gone`, () => {
        expect(errorMessage(notFound(), en, action)).to.equal(USER_GONE);
      });
    }
    it('without an action: that user is gone, as before', () => {
      expect(errorMessage(notFound(), en)).to.equal(USER_GONE);
    });
  });

  describe('validation (400)', () => {
    for (const action of FORMS) {
      it(`a form submit (${action}) refused on no field the form has: refused, then the server's words`, () => {
        expect(errorMessage(invalid(), en, action)).to.equal(REFUSED);
        expect(errorMessage(invalid('Group matching query does not exist.'), en, action)).to.equal(
          `${REFUSED} The server said: "Group matching query does not exist."`,
        );
        expect(errorMessage(invalid(), en, action)).not.to.equal(CHECK_FIELDS);
      });
    }
    for (const action of NO_FORM) {
      it(`outside a form (${action}): the request was refused, no fields, then the server's words`, () => {
        expect(errorMessage(invalid(), en, action)).to.equal(REFUSED);
        expect(errorMessage(invalid('This user already activated.'), en, action)).to.equal(
          `${REFUSED} The server said: "This user already activated."`,
        );
      });
    }
    it('without an action: assumes no field is highlighted', () => {
      expect(errorMessage(invalid(), en)).to.equal(REFUSED);
    });
  });

  describe('in every language', () => {
    const catalogs = new Map<string, Catalog>();
    before(async () => {
      for (const lang of OFFERED_LANGUAGES) catalogs.set(lang, await loadCatalog(lang));
    });

    it('each context has its own sentence, and none claims highlighted fields', () => {
      for (const lang of OFFERED_LANGUAGES) {
        const t = catalogs.get(lang)!;
        const { errors } = t;
        expect(errorMessage(notFound(), t, 'listApiTokens'), lang).to.equal(errors.accountNotFound);
        expect(errorMessage(notFound(), t, 'removeUser'), lang).to.equal(errors.not_found);
        expect(errorMessage(invalid(), t, 'updateUser'), lang).to.equal(errors.invalidRequest);
        expect(errorMessage(invalid(), t, 'removeUser'), lang).to.equal(errors.invalidRequest);
        expect(errors.accountNotFound, lang).not.to.equal(errors.not_found);
        expect(errors.invalidRequest, lang).not.to.equal(errors.validation);
      }
    });

    it('says it in the language: German, Chinese, Russian', () => {
      expect(errorMessage(notFound(), catalogs.get('de')!, 'getSession')).to.equal(
        'Das Konto oder Ihr Benutzer wurde nicht gefunden. Melden Sie sich erneut an oder wenden Sie sich an Ihren Administrator.',
      );
      expect(errorMessage(invalid(), catalogs.get('de')!, 'listUsers')).to.equal(
        'Der Server hat die Anfrage als ungültig abgelehnt. Wenn das weiterhin passiert, wenden Sie sich an den Support.',
      );
      expect(errorMessage(notFound(), catalogs.get('zh')!, 'listUsers')).to.equal(
        '未找到该账户或您的用户。请重新登录，或联系您的管理员。',
      );
      expect(errorMessage(invalid(), catalogs.get('zh')!, 'resendInvite')).to.equal(
        '服务器认为该请求无效，已拒绝。如果问题持续出现，请联系技术支持。',
      );
      expect(errorMessage(notFound(), catalogs.get('ru')!, 'listApiTokens')).to.equal(
        'Не удалось найти аккаунт или вашего пользователя. Войдите снова или обратитесь к администратору.',
      );
      expect(errorMessage(invalid(), catalogs.get('ru')!, 'deleteApiToken')).to.equal(
        'Сервер отклонил запрос как некорректный. Если это повторяется, обратитесь в поддержку.',
      );
    });
  });

  describe('unsupported (the backend does not offer the action here)', () => {
    const unsupported = () => new UsersError('unsupported', undefined, { status: 404, serverMessage: 'Not found.' });

    it('resending: says it is not available here and what to do instead, in every language', async () => {
      const expected: Record<string, string> = {
        en: "Resending invitations isn't available for this account. To send a new invitation, delete the user and invite them again.",
        de: 'Einladungen erneut zu senden ist für dieses Konto nicht verfügbar. Um eine neue Einladung zu senden, löschen Sie den Benutzer und laden Sie ihn erneut ein.',
        zh: '此账户无法重新发送邀请。要发送新的邀请，请删除该用户后重新邀请。',
        ru: 'Повторная отправка приглашений недоступна для этого аккаунта. Чтобы отправить новое приглашение, удалите пользователя и пригласите его снова.',
      };
      for (const lang of OFFERED_LANGUAGES) {
        expect(errorMessage(unsupported(), await loadCatalog(lang), 'resendInvite'), lang).to.equal(expected[lang]);
      }
    });

    it('any other action: a plain "not available", without the server’s words', () => {
      expect(errorMessage(unsupported(), en, 'deleteApiToken')).to.equal(
        "This action isn't available with this account's server.",
      );
    });
  });
});
