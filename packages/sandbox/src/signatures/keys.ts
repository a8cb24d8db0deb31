// WebCrypto parameters the sandbox signs with: RSASSA-PKCS1-v1_5 over SHA-256, as Indian DSCs do.
export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
