/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Overrides the OpenID Connect issuer (Keycloak realm URL). */
  readonly VITE_OIDC_AUTHORITY?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
