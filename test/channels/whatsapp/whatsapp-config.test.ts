import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.ts';

describe('WhatsApp configuration', () => {
  it('is off unless configured', () => {
    expect(loadConfig({}).whatsapp).toEqual({ baileys: null, cloud: null });
  });

  it('reads Baileys and the Cloud API settings', () => {
    const config = loadConfig({
      WHATSAPP_BAILEYS: 'on',
      WHATSAPP_PAIRING_PHONE: '628123456789',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: '109876543210',
      WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-token-123',
      WHATSAPP_CLOUD_APP_SECRET: 'app-secret-1',
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-token-1',
      WHATSAPP_CLOUD_GRAPH_URL: 'http://127.0.0.1:9999/',
      WHATSAPP_CLOUD_TEMPLATE: 'suar_follow_up',
    });
    expect(config.whatsapp.baileys).toEqual({ pairingPhone: '628123456789' });
    expect(config.whatsapp.cloud).toMatchObject({
      phoneNumberId: '109876543210',
      graphUrl: 'http://127.0.0.1:9999',
      apiVersion: 'v21.0',
      template: { name: 'suar_follow_up', language: 'id' },
    });
  });

  it('refuses a Cloud API setup without its app secret (forged webhooks would pass)', () => {
    expect(() =>
      loadConfig({
        WHATSAPP_CLOUD_PHONE_NUMBER_ID: '109876543210',
        WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-token-123',
        WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-token-1',
      }),
    ).toThrow(ConfigError);
  });
});
