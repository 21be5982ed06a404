// The REST API of Sportello, from its OpenAPI document: run `npm run api:types -w web` after changing the API. Do not edit by hand.

export interface paths {
    "/webhooks/whatsapp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meta's verification handshake: answers hub.challenge when hub.verify_token is a channel's verify token */
        get: {
            parameters: {
                query?: {
                    "hub.mode"?: string;
                    "hub.verify_token"?: string;
                    "hub.challenge"?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Signed WhatsApp Cloud API webhook deliveries (messages and statuses) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password (sets the session cookie of the console) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "operator" | "chat_operator";
                                /** @enum {string} */
                                language: "it" | "en" | "es";
                                receiveTicketEmails: boolean;
                                disabled: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "operator" | "chat_operator";
                                /** @enum {string} */
                                language: "it" | "en" | "es";
                                receiveTicketEmails: boolean;
                                disabled: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            } | null;
                            account: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                timezone: string;
                                defaultLanguage: string;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            /** @enum {string} */
                            role: "admin" | "operator" | "chat_operator";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one's own profile: name, language, ticket e-mails, password */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        language?: "it" | "en" | "es";
                        receiveTicketEmails?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "operator" | "chat_operator";
                            /** @enum {string} */
                            language: "it" | "en" | "es";
                            receiveTicketEmails: boolean;
                            disabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the account's name, time zone or default language (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        timezone?: string;
                        /** @enum {string} */
                        defaultLanguage?: "it" | "en" | "es";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            timezone: string;
                            defaultLanguage: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "operator" | "chat_operator";
                                /** @enum {string} */
                                language: "it" | "en" | "es";
                                receiveTicketEmails: boolean;
                                disabled: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "operator" | "chat_operator";
                        /** @enum {string} */
                        language?: "it" | "en" | "es";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "operator" | "chat_operator";
                            /** @enum {string} */
                            language: "it" | "en" | "es";
                            receiveTicketEmails: boolean;
                            disabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's role, name, language or state (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        role?: "admin" | "operator" | "chat_operator";
                        /** @enum {string} */
                        language?: "it" | "en" | "es";
                        disabled?: boolean;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "operator" | "chat_operator";
                            /** @enum {string} */
                            language: "it" | "en" | "es";
                            receiveTicketEmails: boolean;
                            disabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                prefix: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                /** Format: date-time */
                                revokedAt: string | null;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key; the key is shown in this response only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            lastUsedAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                            key: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's WhatsApp numbers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "sandbox" | "cloud";
                                name: string;
                                phoneNumberId: string;
                                wabaId: string;
                                displayPhoneNumber: string;
                                verifyToken: string;
                                throughputMps: number;
                                graphBaseUrl: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                webhookUrl: string;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Connect a Cloud API number, or add a sandbox number (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "cloud";
                        name: string;
                        phoneNumberId: string;
                        wabaId: string;
                        displayPhoneNumber: string;
                        accessToken: string;
                        appSecret: string;
                        verifyToken?: string;
                        /** Format: uri */
                        graphBaseUrl?: string | null;
                        throughputMps?: number;
                    } | {
                        /** @enum {string} */
                        kind: "sandbox";
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "sandbox" | "cloud";
                            name: string;
                            phoneNumberId: string;
                            wabaId: string;
                            displayPhoneNumber: string;
                            verifyToken: string;
                            throughputMps: number;
                            graphBaseUrl: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One WhatsApp number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "sandbox" | "cloud";
                            name: string;
                            phoneNumberId: string;
                            wabaId: string;
                            displayPhoneNumber: string;
                            verifyToken: string;
                            throughputMps: number;
                            graphBaseUrl: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a number's credentials or settings (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        wabaId?: string;
                        displayPhoneNumber?: string;
                        accessToken?: string;
                        appSecret?: string;
                        verifyToken?: string;
                        /** Format: uri */
                        graphBaseUrl?: string | null;
                        throughputMps?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "sandbox" | "cloud";
                            name: string;
                            phoneNumberId: string;
                            wabaId: string;
                            displayPhoneNumber: string;
                            verifyToken: string;
                            throughputMps: number;
                            graphBaseUrl: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            webhookUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags, with how many contacts carry each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                contactCount: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a tag (names are unique without case) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            contactCount: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tag (taken off every contact) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a tag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            contactCount: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists, with how many contacts each holds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                memberCount: number;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a list (names are unique without case) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            memberCount: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A list */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            memberCount: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a list (its contacts stay) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a list */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            memberCount: number;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/lists/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add contacts to a list; contact.added_to_list for each one not already in it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matched: number;
                            changed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Remove contacts from a list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matched: number;
                            changed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lists/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one contact from a list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matched: number;
                            changed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dynamic contact fields */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "date" | "boolean";
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define a dynamic field; the key (used as %%KEY%%) is derived from the label when not given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        key?: string;
                        label: string;
                        /** @enum {string} */
                        type: "text" | "number" | "date" | "boolean";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "boolean";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a field and every value of it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a field's label (key and type are fixed) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            label: string;
                            /** @enum {string} */
                            type: "text" | "number" | "date" | "boolean";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from a CSV file (streamed; dedupe by phone; row-level error report)
         * @description multipart/form-data: text fields first, then the part "file" (last).
         *     Fields: mapping (JSON object CSV header → phone | name | email | language | marketingOptIn | tags | field:KEY | ignore),
         *     tags (JSON array put on every contact), list (id or name; a new name creates the list), defaultCountry (ISO-2, for
         *     numbers without international prefix), marketingOptIn (true/false for rows without their own value),
         *     marketingOptInSource, updateExisting (default true).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            created: number;
                            updated: number;
                            skipped: number;
                            errors: {
                                line: number;
                                reason: string;
                                field?: string;
                                column?: string;
                            }[];
                            errorCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Columns, delimiter, first rows and a suggested mapping of a CSV file, before importing it
         * @description multipart/form-data: text fields first, then the part "file" (last).
         *     Fields: mapping (JSON object CSV header → phone | name | email | language | marketingOptIn | tags | field:KEY | ignore),
         *     tags (JSON array put on every contact), list (id or name; a new name creates the list), defaultCountry (ISO-2, for
         *     numbers without international prefix), marketingOptIn (true/false for rows without their own value),
         *     marketingOptInSource, updateExisting (default true).
         *     Here mapping is optional; when sent, mappingProblems tells what an import would refuse.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            headers: string[];
                            /** @enum {string} */
                            delimiter: "," | ";" | "\t";
                            sample: {
                                [key: string]: string;
                            }[];
                            suggestedMapping: {
                                [key: string]: string;
                            };
                            mappingProblems?: {
                                column?: string;
                                target?: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the contacts matching the list filters as CSV (streamed) */
        get: {
            parameters: {
                query?: {
                    /** @description Exact number in any common format */
                    phone?: string;
                    /** @description Country of numbers written without international prefix, e.g. IT */
                    defaultCountry?: string;
                    /** @description Contained in name, phone or e-mail (no case) */
                    q?: string;
                    /** @description Tag name; repeat for contacts with all of them */
                    tag?: string | string[];
                    /** @description List id or name */
                    list?: string;
                    blocked?: "true" | "false";
                    marketingOptIn?: "true" | "false";
                    operatorId?: string;
                    delimiter?: "," | ";" | "tab";
                    /** @description Start with a UTF-8 BOM (for Excel) */
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contacts, newest first; filter by phone, q, tag (repeatable), list, field.KEY=value, blocked, marketingOptIn, operatorId */
        get: {
            parameters: {
                query?: {
                    /** @description Exact number in any common format */
                    phone?: string;
                    /** @description Country of numbers written without international prefix, e.g. IT */
                    defaultCountry?: string;
                    /** @description Contained in name, phone or e-mail (no case) */
                    q?: string;
                    /** @description Tag name; repeat for contacts with all of them */
                    tag?: string | string[];
                    /** @description List id or name */
                    list?: string;
                    blocked?: "true" | "false";
                    marketingOptIn?: "true" | "false";
                    operatorId?: string;
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @description E.164, e.g. +393331234567 */
                                phone: string;
                                name: string | null;
                                email: string | null;
                                language: string | null;
                                marketingOptIn: boolean;
                                /** Format: date-time */
                                marketingOptInAt: string | null;
                                marketingOptInSource: string | null;
                                blocked: boolean;
                                /** Format: date-time */
                                blockedAt: string | null;
                                /** @description Dynamic field values by key */
                                fields: {
                                    [key: string]: unknown;
                                };
                                tags: string[];
                                lists: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                operatorIds: string[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: date-time */
                                lastInboundAt: string | null;
                                /** Format: date-time */
                                lastMessageAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a contact (a deleted contact with the same number is brought back) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        name?: string | null;
                        email?: (string | "") | null;
                        /** @description BCP 47 short tag: it, en, es, pt-BR… */
                        language?: string | null;
                        /** @description Dynamic field values by key; in PATCH, null removes a value */
                        fields?: {
                            [key: string]: unknown;
                        };
                        /** @description Tag names; missing tags are created. In PATCH, the new full set */
                        tags?: string[];
                        /** @description List ids or names (must exist). In PATCH, the new full set */
                        lists?: string[];
                        marketingOptIn?: boolean;
                        marketingOptInSource?: string | null;
                        /** @description Country of numbers written without international prefix, e.g. IT */
                        defaultCountry?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One action on many contacts chosen by ids and/or a filter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "tag" | "untag" | "add_to_list" | "remove_from_list" | "delete" | "erase" | "block" | "restore";
                        contactIds?: string[];
                        /** @description The same filters as GET /contacts; {} is every contact */
                        filter?: {
                            phone?: string;
                            /** @description Country of numbers written without international prefix, e.g. IT */
                            defaultCountry?: string;
                            q?: string;
                            tag?: string | string[];
                            tags?: string[];
                            list?: string;
                            fields?: {
                                [key: string]: unknown;
                            };
                            blocked?: boolean;
                            marketingOptIn?: boolean;
                            /** Format: uuid */
                            operatorId?: string;
                        };
                        /** @description For tag / untag */
                        tag?: string;
                        /** @description List id or name, for add_to_list / remove_from_list */
                        list?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matched: number;
                            changed: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contact (hidden; a new message brings it back), or with permanent=true erase it and its conversation for good */
        delete: {
            parameters: {
                query?: {
                    permanent?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact: fields merge (null removes one), tags and lists are replaced when given */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone?: string;
                        name?: string | null;
                        email?: (string | "") | null;
                        /** @description BCP 47 short tag: it, en, es, pt-BR… */
                        language?: string | null;
                        /** @description Dynamic field values by key; in PATCH, null removes a value */
                        fields?: {
                            [key: string]: unknown;
                        };
                        /** @description Tag names; missing tags are created. In PATCH, the new full set */
                        tags?: string[];
                        /** @description List ids or names (must exist). In PATCH, the new full set */
                        lists?: string[];
                        marketingOptIn?: boolean;
                        marketingOptInSource?: string | null;
                        /** @description Country of numbers written without international prefix, e.g. IT */
                        defaultCountry?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Block a contact: no message goes to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore (unblock) a contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add tags to a contact (missing tags are created) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/tags/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a tag off a contact */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/operators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a user to the contact's conversation (admin, operator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/operators/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unassign a user from the contact's conversation (admin, operator) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description E.164, e.g. +393331234567 */
                            phone: string;
                            name: string | null;
                            email: string | null;
                            language: string | null;
                            marketingOptIn: boolean;
                            /** Format: date-time */
                            marketingOptInAt: string | null;
                            marketingOptInSource: string | null;
                            blocked: boolean;
                            /** Format: date-time */
                            blockedAt: string | null;
                            /** @description Dynamic field values by key */
                            fields: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            lists: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            operatorIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            lastInboundAt: string | null;
                            /** Format: date-time */
                            lastMessageAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations, most recent first, with filters and search */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    tag?: string;
                    operatorId?: string;
                    listId?: string;
                    unread?: "true" | "false";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                contact: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string | null;
                                    phone: string;
                                    blocked: boolean;
                                    /** Format: date-time */
                                    lastInboundAt: string | null;
                                };
                                lastMessage: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    direction: "inbound" | "outbound";
                                    text: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                lastMessageAt: string | null;
                                unreadCount: number;
                                operatorIds: string[];
                                tags: string[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a contact's chat read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unreadCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a contact's chat unread */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unreadCount: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's messages, newest first (notes too with includeNotes=true) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    includeNotes?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: ({
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string;
                                /** @enum {string} */
                                direction: "inbound" | "outbound";
                                type: string;
                                text: string | null;
                                /** @enum {string} */
                                status: "received" | "queued" | "sent" | "delivered" | "read" | "failed";
                                waMessageId: string | null;
                                contextWaMessageId: string | null;
                                content: {
                                    [key: string]: unknown;
                                };
                                error: {
                                    code: number | null;
                                    title: string | null;
                                    details: string | null;
                                } | null;
                                sentBy: {
                                    /** @enum {string} */
                                    type: "customer" | "user" | "automation" | "campaign" | "api";
                                    id: string | null;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                readAt: string | null;
                                /** Format: date-time */
                                failedAt: string | null;
                            } | {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string;
                                /** @enum {string} */
                                direction: "note";
                                /** @enum {string} */
                                type: "note";
                                text: string;
                                sentBy: {
                                    /** @enum {string} */
                                    type: "customer" | "user" | "automation" | "campaign" | "api";
                                    id: string | null;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            })[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            contactId: string;
                            /** @enum {string} */
                            direction: "inbound" | "outbound";
                            type: string;
                            text: string | null;
                            /** @enum {string} */
                            status: "received" | "queued" | "sent" | "delivered" | "read" | "failed";
                            waMessageId: string | null;
                            contextWaMessageId: string | null;
                            content: {
                                [key: string]: unknown;
                            };
                            error: {
                                code: number | null;
                                title: string | null;
                                details: string | null;
                            } | null;
                            sentBy: {
                                /** @enum {string} */
                                type: "customer" | "user" | "automation" | "campaign" | "api";
                                id: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            readAt: string | null;
                            /** Format: date-time */
                            failedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a WhatsApp message (text, buttons, list, template, media); Idempotency-Key makes retries safe */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "text";
                        text: string;
                        previewUrl?: boolean;
                        /** Format: uuid */
                        contactId?: string;
                        phone?: string;
                        replyTo?: string;
                    } | {
                        /** @enum {string} */
                        type: "buttons";
                        text: string;
                        header?: string;
                        footer?: string;
                        buttons: {
                            id: string;
                            title: string;
                        }[];
                        /** Format: uuid */
                        contactId?: string;
                        phone?: string;
                        replyTo?: string;
                    } | {
                        /** @enum {string} */
                        type: "list";
                        text: string;
                        header?: string;
                        footer?: string;
                        buttonText: string;
                        sections: {
                            title?: string;
                            rows: {
                                id: string;
                                title: string;
                                description?: string;
                            }[];
                        }[];
                        /** Format: uuid */
                        contactId?: string;
                        phone?: string;
                        replyTo?: string;
                    } | {
                        /** @enum {string} */
                        type: "template";
                        template: {
                            name: string;
                            language: string;
                            components?: {
                                [key: string]: unknown;
                            }[];
                        };
                        /** Format: uuid */
                        contactId?: string;
                        phone?: string;
                        replyTo?: string;
                    } | {
                        /** @enum {string} */
                        type: "media";
                        media: {
                            /** @enum {string} */
                            kind: "image" | "video" | "audio" | "document" | "sticker";
                            /** Format: uri */
                            url?: string;
                            id?: string;
                            caption?: string;
                            filename?: string;
                        };
                        /** Format: uuid */
                        contactId?: string;
                        phone?: string;
                        replyTo?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            contactId: string;
                            /** @enum {string} */
                            direction: "inbound" | "outbound";
                            type: string;
                            text: string | null;
                            /** @enum {string} */
                            status: "received" | "queued" | "sent" | "delivered" | "read" | "failed";
                            waMessageId: string | null;
                            contextWaMessageId: string | null;
                            content: {
                                [key: string]: unknown;
                            };
                            error: {
                                code: number | null;
                                title: string | null;
                                details: string | null;
                            } | null;
                            sentBy: {
                                /** @enum {string} */
                                type: "customer" | "user" | "automation" | "campaign" | "api";
                                id: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            /** Format: date-time */
                            deliveredAt: string | null;
                            /** Format: date-time */
                            readAt: string | null;
                            /** Format: date-time */
                            failedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's internal notes, newest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                contactId: string;
                                /** @enum {string} */
                                direction: "note";
                                /** @enum {string} */
                                type: "note";
                                text: string;
                                sentBy: {
                                    /** @enum {string} */
                                    type: "customer" | "user" | "automation" | "campaign" | "api";
                                    id: string | null;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Leave an internal note in the chat (never sent to the customer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            contactId: string;
                            /** @enum {string} */
                            direction: "note";
                            /** @enum {string} */
                            type: "note";
                            text: string;
                            sentBy: {
                                /** @enum {string} */
                                type: "customer" | "user" | "automation" | "campaign" | "api";
                                id: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events of the account (messages, statuses, contacts…); resumes after Last-Event-ID */
        get: {
            parameters: {
                query?: never;
                header?: {
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tickets: filters, full-text search (q: title, description, reference, notes), sort (e.g. sort=-priority), cursor pages */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: string;
                    macroStatus?: "open" | "in_progress" | "terminated";
                    priority?: "low" | "medium" | "high" | "urgent";
                    category?: string;
                    ownerId?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    q?: string;
                    /** @description createdAt | updatedAt | priority (low<medium<high<urgent) | status (workflow order) | title; prefix "-" for descending. Default -createdAt */
                    sort?: "createdAt" | "updatedAt" | "priority" | "status" | "title" | "-createdAt" | "-updatedAt" | "-priority" | "-status" | "-title";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                title: string;
                                description: string | null;
                                /** @enum {string} */
                                priority: "low" | "medium" | "high" | "urgent";
                                status: string;
                                /** @enum {string} */
                                macroStatus: "open" | "in_progress" | "terminated";
                                category: string | null;
                                /** Format: uuid */
                                ownerId: string | null;
                                /** Format: uuid */
                                contactId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a ticket for a contact; the reference is generated (TK-000001…) unless given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId: string;
                        title: string;
                        description?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "medium" | "high" | "urgent";
                        status?: string;
                        category?: string | null;
                        reference?: string;
                        /** Format: uuid */
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            title: string;
                            description: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "urgent";
                            status: string;
                            /** @enum {string} */
                            macroStatus: "open" | "in_progress" | "terminated";
                            category: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            /** Format: uuid */
                            contactId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket statistics for tickets created in [from, to]: share per category, count per status and priority, average closing time per category */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCategory: {
                                category: string | null;
                                count: number;
                                share: number;
                            }[];
                            byStatus: {
                                status: string;
                                count: number;
                            }[];
                            byPriority: {
                                /** @enum {string} */
                                priority: "low" | "medium" | "high" | "urgent";
                                count: number;
                            }[];
                            avgCloseSecondsByCategory: {
                                category: string | null;
                                seconds: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket, by id or reference */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            title: string;
                            description: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "urgent";
                            status: string;
                            /** @enum {string} */
                            macroStatus: "open" | "in_progress" | "terminated";
                            category: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            /** Format: uuid */
                            contactId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a ticket (its reference number is never generated again) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a ticket (by id or reference); only the fields given change, each change lands in its history */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "medium" | "high" | "urgent";
                        status?: string;
                        category?: string | null;
                        reference?: string;
                        /** Format: uuid */
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            title: string;
                            description: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "urgent";
                            status: string;
                            /** @enum {string} */
                            macroStatus: "open" | "in_progress" | "terminated";
                            category: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            /** Format: uuid */
                            contactId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** Format: date-time */
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tickets/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket's notes, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                ticketId: string;
                                text: string;
                                author: {
                                    /** @enum {string} */
                                    type: "operator" | "api" | "automation";
                                    id: string | null;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a note to the ticket's timeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            ticketId: string;
                            text: string;
                            author: {
                                /** @enum {string} */
                                type: "operator" | "api" | "automation";
                                id: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what and when (operator, API or automation), oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                ticketId: string;
                                actor: {
                                    /** @enum {string} */
                                    type: "operator" | "api" | "automation";
                                    id: string | null;
                                };
                                field: string;
                                from: string | null;
                                to: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact's tickets, as shown beside the conversation */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: string;
                    macroStatus?: "open" | "in_progress" | "terminated";
                    priority?: "low" | "medium" | "high" | "urgent";
                    category?: string;
                    ownerId?: string;
                    from?: string;
                    to?: string;
                    q?: string;
                    /** @description createdAt | updatedAt | priority (low<medium<high<urgent) | status (workflow order) | title; prefix "-" for descending. Default -createdAt */
                    sort?: "createdAt" | "updatedAt" | "priority" | "status" | "title" | "-createdAt" | "-updatedAt" | "-priority" | "-status" | "-title";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                title: string;
                                description: string | null;
                                /** @enum {string} */
                                priority: "low" | "medium" | "high" | "urgent";
                                status: string;
                                /** @enum {string} */
                                macroStatus: "open" | "in_progress" | "terminated";
                                category: string | null;
                                /** Format: uuid */
                                ownerId: string | null;
                                /** Format: uuid */
                                contactId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                /** Format: date-time */
                                closedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket statuses in workflow order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                macroStatus: "open" | "in_progress" | "terminated";
                                position: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a custom status (admin); macroStatus is required: open, in_progress or terminated */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        macroStatus: "open" | "in_progress" | "terminated";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            macroStatus: "open" | "in_progress" | "terminated";
                            position: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a status (admin); if tickets use it, moveTo=<status name> moves them, else 409 */
        delete: {
            parameters: {
                query?: {
                    moveTo?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            moved: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a status or change its macro-status (admin); by id or name */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        macroStatus?: "open" | "in_progress" | "terminated";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            macroStatus: "open" | "in_progress" | "terminated";
                            position: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/ticket-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket categories, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a category (or get the one with this name, matched case-insensitively) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automations of the account with their status and how many runs are under way */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "active" | "inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                status: "draft" | "active" | "inactive";
                                version: number;
                                triggerType: string;
                                definition: {
                                    trigger: {
                                        /** @enum {string} */
                                        type: "message_phrase";
                                        phrase: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "button_reply";
                                        buttonId?: string;
                                        title?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "integration";
                                    } | {
                                        /** @enum {string} */
                                        type: "list_added";
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "date_condition";
                                        field: string;
                                        /** @default 0 */
                                        offsetDays: number;
                                        /** @default 09:00 */
                                        time: string;
                                        /** @default false */
                                        yearly: boolean;
                                    } | {
                                        /** @enum {string} */
                                        type: "outside_working_hours";
                                    } | {
                                        /** @enum {string} */
                                        type: "holiday";
                                    } | {
                                        /** @enum {string} */
                                        type: "ticket_created";
                                    } | {
                                        /** @enum {string} */
                                        type: "ticket_status_changed";
                                        from?: string[];
                                        to?: string[];
                                    } | {
                                        /** @enum {string} */
                                        type: "api";
                                    } | {
                                        /** @enum {string} */
                                        type: "automation";
                                    };
                                    start: string;
                                    steps: {
                                        [key: string]: {
                                            /** @enum {string} */
                                            type: "send_template";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            template: {
                                                name: string;
                                                language: string;
                                                components?: {
                                                    [key: string]: unknown;
                                                }[];
                                            };
                                        } | {
                                            /** @enum {string} */
                                            type: "send_message";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            message: {
                                                /** @enum {string} */
                                                type: "text";
                                                text: string;
                                                previewUrl?: boolean;
                                            } | {
                                                /** @enum {string} */
                                                type: "buttons";
                                                text: string;
                                                header?: string;
                                                footer?: string;
                                                buttons: {
                                                    id?: string;
                                                    title: string;
                                                    next?: string;
                                                }[];
                                            } | {
                                                /** @enum {string} */
                                                type: "list";
                                                text: string;
                                                header?: string;
                                                footer?: string;
                                                buttonText: string;
                                                sections: {
                                                    title?: string;
                                                    rows: {
                                                        id?: string;
                                                        title: string;
                                                        description?: string;
                                                        next?: string;
                                                    }[];
                                                }[];
                                            } | {
                                                /** @enum {string} */
                                                type: "media";
                                                media: {
                                                    /** @enum {string} */
                                                    kind: "image" | "video" | "audio" | "document" | "sticker";
                                                    /** Format: uri */
                                                    url?: string;
                                                    id?: string;
                                                    caption?: string;
                                                    filename?: string;
                                                };
                                            };
                                            timeout?: string;
                                            noResponse?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "add_tag";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            tag: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "remove_tag";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            tag: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "add_to_list";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            list: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "remove_from_list";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            list: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "assign_operator";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uuid */
                                            userId: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "unassign_operator";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uuid */
                                            userId?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "open_ticket";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            title: string;
                                            description?: string;
                                            /** @enum {string} */
                                            priority?: "low" | "medium" | "high" | "urgent";
                                            status?: string;
                                            category?: string;
                                            /** Format: uuid */
                                            ownerId?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "update_ticket";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** @default %%TICKET_REFERENCE%% */
                                            reference: string;
                                            status?: string;
                                            /** @enum {string} */
                                            priority?: "low" | "medium" | "high" | "urgent";
                                            category?: string;
                                            /** Format: uuid */
                                            ownerId?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "close_ticket";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** @default %%TICKET_REFERENCE%% */
                                            reference: string;
                                            /** @default Closed */
                                            status: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "set_field";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            field: string;
                                            value?: string | number | boolean;
                                            /** @enum {string} */
                                            from?: "next_message";
                                            timeout?: string;
                                            noResponse?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "send_webhook";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uri */
                                            url: string;
                                            headers?: {
                                                [key: string]: string;
                                            };
                                            /** @default 10000 */
                                            timeoutMs: number;
                                            /** @default 3 */
                                            retries: number;
                                            store?: {
                                                [key: string]: string;
                                            };
                                        } | {
                                            /** @enum {string} */
                                            type: "block_contact";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "restore_contact";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "terminate_automations";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "start_automation";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uuid */
                                            automationId: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "chat_note";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            text: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "mark_unread";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "delay";
                                            delay: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "if_else";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            conditions: unknown;
                                            then?: string;
                                            else?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "customer_response";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            timeout: string;
                                            noResponse?: string;
                                        };
                                    };
                                };
                                integration?: {
                                    url: string;
                                    secret: string;
                                };
                                runs?: {
                                    live: number;
                                    total: number;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @enum {string|null} */
                            nextCursor: null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an automation as a draft (version 1); an invalid definition is a 422 that names the step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description An automation definition (trigger, start, steps); see the Definition schema */
                        definition: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "inactive";
                            version: number;
                            triggerType: string;
                            definition: {
                                trigger: {
                                    /** @enum {string} */
                                    type: "message_phrase";
                                    phrase: string;
                                } | {
                                    /** @enum {string} */
                                    type: "button_reply";
                                    buttonId?: string;
                                    title?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "list_added";
                                    list: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_condition";
                                    field: string;
                                    /** @default 0 */
                                    offsetDays: number;
                                    /** @default 09:00 */
                                    time: string;
                                    /** @default false */
                                    yearly: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "outside_working_hours";
                                } | {
                                    /** @enum {string} */
                                    type: "holiday";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_created";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_status_changed";
                                    from?: string[];
                                    to?: string[];
                                } | {
                                    /** @enum {string} */
                                    type: "api";
                                } | {
                                    /** @enum {string} */
                                    type: "automation";
                                };
                                start: string;
                                steps: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "send_template";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        template: {
                                            name: string;
                                            language: string;
                                            components?: {
                                                [key: string]: unknown;
                                            }[];
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "send_message";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        message: {
                                            /** @enum {string} */
                                            type: "text";
                                            text: string;
                                            previewUrl?: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "buttons";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttons: {
                                                id?: string;
                                                title: string;
                                                next?: string;
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "list";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttonText: string;
                                            sections: {
                                                title?: string;
                                                rows: {
                                                    id?: string;
                                                    title: string;
                                                    description?: string;
                                                    next?: string;
                                                }[];
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "media";
                                            media: {
                                                /** @enum {string} */
                                                kind: "image" | "video" | "audio" | "document" | "sticker";
                                                /** Format: uri */
                                                url?: string;
                                                id?: string;
                                                caption?: string;
                                                filename?: string;
                                            };
                                        };
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_to_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_from_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "assign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "unassign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "open_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        title: string;
                                        description?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        status?: string;
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "update_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        status?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "close_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        /** @default Closed */
                                        status: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "set_field";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        field: string;
                                        value?: string | number | boolean;
                                        /** @enum {string} */
                                        from?: "next_message";
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "send_webhook";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uri */
                                        url: string;
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        /** @default 10000 */
                                        timeoutMs: number;
                                        /** @default 3 */
                                        retries: number;
                                        store?: {
                                            [key: string]: string;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "block_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "restore_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "terminate_automations";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "start_automation";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        automationId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "chat_note";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        text: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "mark_unread";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "delay";
                                        delay: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "if_else";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        conditions: unknown;
                                        then?: string;
                                        else?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "customer_response";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        timeout: string;
                                        noResponse?: string;
                                    };
                                };
                            };
                            integration?: {
                                url: string;
                                secret: string;
                            };
                            runs?: {
                                live: number;
                                total: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One automation with its newest definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "inactive";
                            version: number;
                            triggerType: string;
                            definition: {
                                trigger: {
                                    /** @enum {string} */
                                    type: "message_phrase";
                                    phrase: string;
                                } | {
                                    /** @enum {string} */
                                    type: "button_reply";
                                    buttonId?: string;
                                    title?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "list_added";
                                    list: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_condition";
                                    field: string;
                                    /** @default 0 */
                                    offsetDays: number;
                                    /** @default 09:00 */
                                    time: string;
                                    /** @default false */
                                    yearly: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "outside_working_hours";
                                } | {
                                    /** @enum {string} */
                                    type: "holiday";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_created";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_status_changed";
                                    from?: string[];
                                    to?: string[];
                                } | {
                                    /** @enum {string} */
                                    type: "api";
                                } | {
                                    /** @enum {string} */
                                    type: "automation";
                                };
                                start: string;
                                steps: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "send_template";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        template: {
                                            name: string;
                                            language: string;
                                            components?: {
                                                [key: string]: unknown;
                                            }[];
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "send_message";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        message: {
                                            /** @enum {string} */
                                            type: "text";
                                            text: string;
                                            previewUrl?: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "buttons";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttons: {
                                                id?: string;
                                                title: string;
                                                next?: string;
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "list";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttonText: string;
                                            sections: {
                                                title?: string;
                                                rows: {
                                                    id?: string;
                                                    title: string;
                                                    description?: string;
                                                    next?: string;
                                                }[];
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "media";
                                            media: {
                                                /** @enum {string} */
                                                kind: "image" | "video" | "audio" | "document" | "sticker";
                                                /** Format: uri */
                                                url?: string;
                                                id?: string;
                                                caption?: string;
                                                filename?: string;
                                            };
                                        };
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_to_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_from_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "assign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "unassign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "open_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        title: string;
                                        description?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        status?: string;
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "update_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        status?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "close_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        /** @default Closed */
                                        status: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "set_field";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        field: string;
                                        value?: string | number | boolean;
                                        /** @enum {string} */
                                        from?: "next_message";
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "send_webhook";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uri */
                                        url: string;
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        /** @default 10000 */
                                        timeoutMs: number;
                                        /** @default 3 */
                                        retries: number;
                                        store?: {
                                            [key: string]: string;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "block_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "restore_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "terminate_automations";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "start_automation";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        automationId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "chat_note";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        text: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "mark_unread";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "delay";
                                        delay: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "if_else";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        conditions: unknown;
                                        then?: string;
                                        else?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "customer_response";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        timeout: string;
                                        noResponse?: string;
                                    };
                                };
                            };
                            integration?: {
                                url: string;
                                secret: string;
                            };
                            runs?: {
                                live: number;
                                total: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Save a new definition (and/or name): every save is a new immutable version; runs under way keep theirs */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description An automation definition (trigger, start, steps); see the Definition schema */
                        definition?: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "inactive";
                            version: number;
                            triggerType: string;
                            definition: {
                                trigger: {
                                    /** @enum {string} */
                                    type: "message_phrase";
                                    phrase: string;
                                } | {
                                    /** @enum {string} */
                                    type: "button_reply";
                                    buttonId?: string;
                                    title?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "list_added";
                                    list: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_condition";
                                    field: string;
                                    /** @default 0 */
                                    offsetDays: number;
                                    /** @default 09:00 */
                                    time: string;
                                    /** @default false */
                                    yearly: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "outside_working_hours";
                                } | {
                                    /** @enum {string} */
                                    type: "holiday";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_created";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_status_changed";
                                    from?: string[];
                                    to?: string[];
                                } | {
                                    /** @enum {string} */
                                    type: "api";
                                } | {
                                    /** @enum {string} */
                                    type: "automation";
                                };
                                start: string;
                                steps: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "send_template";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        template: {
                                            name: string;
                                            language: string;
                                            components?: {
                                                [key: string]: unknown;
                                            }[];
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "send_message";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        message: {
                                            /** @enum {string} */
                                            type: "text";
                                            text: string;
                                            previewUrl?: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "buttons";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttons: {
                                                id?: string;
                                                title: string;
                                                next?: string;
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "list";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttonText: string;
                                            sections: {
                                                title?: string;
                                                rows: {
                                                    id?: string;
                                                    title: string;
                                                    description?: string;
                                                    next?: string;
                                                }[];
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "media";
                                            media: {
                                                /** @enum {string} */
                                                kind: "image" | "video" | "audio" | "document" | "sticker";
                                                /** Format: uri */
                                                url?: string;
                                                id?: string;
                                                caption?: string;
                                                filename?: string;
                                            };
                                        };
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_to_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_from_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "assign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "unassign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "open_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        title: string;
                                        description?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        status?: string;
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "update_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        status?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "close_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        /** @default Closed */
                                        status: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "set_field";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        field: string;
                                        value?: string | number | boolean;
                                        /** @enum {string} */
                                        from?: "next_message";
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "send_webhook";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uri */
                                        url: string;
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        /** @default 10000 */
                                        timeoutMs: number;
                                        /** @default 3 */
                                        retries: number;
                                        store?: {
                                            [key: string]: string;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "block_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "restore_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "terminate_automations";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "start_automation";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        automationId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "chat_note";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        text: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "mark_unread";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "delay";
                                        delay: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "if_else";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        conditions: unknown;
                                        then?: string;
                                        else?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "customer_response";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        timeout: string;
                                        noResponse?: string;
                                    };
                                };
                            };
                            integration?: {
                                url: string;
                                secret: string;
                            };
                            runs?: {
                                live: number;
                                total: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an automation; its runs under way are ended */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate: triggers start runs (409 when another active automation has the same phrase) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "inactive";
                            version: number;
                            triggerType: string;
                            definition: {
                                trigger: {
                                    /** @enum {string} */
                                    type: "message_phrase";
                                    phrase: string;
                                } | {
                                    /** @enum {string} */
                                    type: "button_reply";
                                    buttonId?: string;
                                    title?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "list_added";
                                    list: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_condition";
                                    field: string;
                                    /** @default 0 */
                                    offsetDays: number;
                                    /** @default 09:00 */
                                    time: string;
                                    /** @default false */
                                    yearly: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "outside_working_hours";
                                } | {
                                    /** @enum {string} */
                                    type: "holiday";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_created";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_status_changed";
                                    from?: string[];
                                    to?: string[];
                                } | {
                                    /** @enum {string} */
                                    type: "api";
                                } | {
                                    /** @enum {string} */
                                    type: "automation";
                                };
                                start: string;
                                steps: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "send_template";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        template: {
                                            name: string;
                                            language: string;
                                            components?: {
                                                [key: string]: unknown;
                                            }[];
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "send_message";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        message: {
                                            /** @enum {string} */
                                            type: "text";
                                            text: string;
                                            previewUrl?: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "buttons";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttons: {
                                                id?: string;
                                                title: string;
                                                next?: string;
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "list";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttonText: string;
                                            sections: {
                                                title?: string;
                                                rows: {
                                                    id?: string;
                                                    title: string;
                                                    description?: string;
                                                    next?: string;
                                                }[];
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "media";
                                            media: {
                                                /** @enum {string} */
                                                kind: "image" | "video" | "audio" | "document" | "sticker";
                                                /** Format: uri */
                                                url?: string;
                                                id?: string;
                                                caption?: string;
                                                filename?: string;
                                            };
                                        };
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_to_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_from_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "assign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "unassign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "open_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        title: string;
                                        description?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        status?: string;
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "update_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        status?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "close_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        /** @default Closed */
                                        status: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "set_field";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        field: string;
                                        value?: string | number | boolean;
                                        /** @enum {string} */
                                        from?: "next_message";
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "send_webhook";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uri */
                                        url: string;
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        /** @default 10000 */
                                        timeoutMs: number;
                                        /** @default 3 */
                                        retries: number;
                                        store?: {
                                            [key: string]: string;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "block_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "restore_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "terminate_automations";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "start_automation";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        automationId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "chat_note";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        text: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "mark_unread";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "delay";
                                        delay: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "if_else";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        conditions: unknown;
                                        then?: string;
                                        else?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "customer_response";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        timeout: string;
                                        noResponse?: string;
                                    };
                                };
                            };
                            integration?: {
                                url: string;
                                secret: string;
                            };
                            runs?: {
                                live: number;
                                total: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate: no new runs; runs under way go on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "inactive";
                            version: number;
                            triggerType: string;
                            definition: {
                                trigger: {
                                    /** @enum {string} */
                                    type: "message_phrase";
                                    phrase: string;
                                } | {
                                    /** @enum {string} */
                                    type: "button_reply";
                                    buttonId?: string;
                                    title?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "list_added";
                                    list: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_condition";
                                    field: string;
                                    /** @default 0 */
                                    offsetDays: number;
                                    /** @default 09:00 */
                                    time: string;
                                    /** @default false */
                                    yearly: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "outside_working_hours";
                                } | {
                                    /** @enum {string} */
                                    type: "holiday";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_created";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_status_changed";
                                    from?: string[];
                                    to?: string[];
                                } | {
                                    /** @enum {string} */
                                    type: "api";
                                } | {
                                    /** @enum {string} */
                                    type: "automation";
                                };
                                start: string;
                                steps: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "send_template";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        template: {
                                            name: string;
                                            language: string;
                                            components?: {
                                                [key: string]: unknown;
                                            }[];
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "send_message";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        message: {
                                            /** @enum {string} */
                                            type: "text";
                                            text: string;
                                            previewUrl?: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "buttons";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttons: {
                                                id?: string;
                                                title: string;
                                                next?: string;
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "list";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttonText: string;
                                            sections: {
                                                title?: string;
                                                rows: {
                                                    id?: string;
                                                    title: string;
                                                    description?: string;
                                                    next?: string;
                                                }[];
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "media";
                                            media: {
                                                /** @enum {string} */
                                                kind: "image" | "video" | "audio" | "document" | "sticker";
                                                /** Format: uri */
                                                url?: string;
                                                id?: string;
                                                caption?: string;
                                                filename?: string;
                                            };
                                        };
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_to_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_from_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "assign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "unassign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "open_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        title: string;
                                        description?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        status?: string;
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "update_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        status?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "close_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        /** @default Closed */
                                        status: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "set_field";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        field: string;
                                        value?: string | number | boolean;
                                        /** @enum {string} */
                                        from?: "next_message";
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "send_webhook";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uri */
                                        url: string;
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        /** @default 10000 */
                                        timeoutMs: number;
                                        /** @default 3 */
                                        retries: number;
                                        store?: {
                                            [key: string]: string;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "block_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "restore_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "terminate_automations";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "start_automation";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        automationId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "chat_note";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        text: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "mark_unread";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "delay";
                                        delay: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "if_else";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        conditions: unknown;
                                        then?: string;
                                        else?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "customer_response";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        timeout: string;
                                        noResponse?: string;
                                    };
                                };
                            };
                            integration?: {
                                url: string;
                                secret: string;
                            };
                            runs?: {
                                live: number;
                                total: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy an automation as a new draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            status: "draft" | "active" | "inactive";
                            version: number;
                            triggerType: string;
                            definition: {
                                trigger: {
                                    /** @enum {string} */
                                    type: "message_phrase";
                                    phrase: string;
                                } | {
                                    /** @enum {string} */
                                    type: "button_reply";
                                    buttonId?: string;
                                    title?: string;
                                } | {
                                    /** @enum {string} */
                                    type: "integration";
                                } | {
                                    /** @enum {string} */
                                    type: "list_added";
                                    list: string;
                                } | {
                                    /** @enum {string} */
                                    type: "date_condition";
                                    field: string;
                                    /** @default 0 */
                                    offsetDays: number;
                                    /** @default 09:00 */
                                    time: string;
                                    /** @default false */
                                    yearly: boolean;
                                } | {
                                    /** @enum {string} */
                                    type: "outside_working_hours";
                                } | {
                                    /** @enum {string} */
                                    type: "holiday";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_created";
                                } | {
                                    /** @enum {string} */
                                    type: "ticket_status_changed";
                                    from?: string[];
                                    to?: string[];
                                } | {
                                    /** @enum {string} */
                                    type: "api";
                                } | {
                                    /** @enum {string} */
                                    type: "automation";
                                };
                                start: string;
                                steps: {
                                    [key: string]: {
                                        /** @enum {string} */
                                        type: "send_template";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        template: {
                                            name: string;
                                            language: string;
                                            components?: {
                                                [key: string]: unknown;
                                            }[];
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "send_message";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        message: {
                                            /** @enum {string} */
                                            type: "text";
                                            text: string;
                                            previewUrl?: boolean;
                                        } | {
                                            /** @enum {string} */
                                            type: "buttons";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttons: {
                                                id?: string;
                                                title: string;
                                                next?: string;
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "list";
                                            text: string;
                                            header?: string;
                                            footer?: string;
                                            buttonText: string;
                                            sections: {
                                                title?: string;
                                                rows: {
                                                    id?: string;
                                                    title: string;
                                                    description?: string;
                                                    next?: string;
                                                }[];
                                            }[];
                                        } | {
                                            /** @enum {string} */
                                            type: "media";
                                            media: {
                                                /** @enum {string} */
                                                kind: "image" | "video" | "audio" | "document" | "sticker";
                                                /** Format: uri */
                                                url?: string;
                                                id?: string;
                                                caption?: string;
                                                filename?: string;
                                            };
                                        };
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_tag";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        tag: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "add_to_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "remove_from_list";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "assign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "unassign_operator";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        userId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "open_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        title: string;
                                        description?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        status?: string;
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "update_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        status?: string;
                                        /** @enum {string} */
                                        priority?: "low" | "medium" | "high" | "urgent";
                                        category?: string;
                                        /** Format: uuid */
                                        ownerId?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "close_ticket";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** @default %%TICKET_REFERENCE%% */
                                        reference: string;
                                        /** @default Closed */
                                        status: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "set_field";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        field: string;
                                        value?: string | number | boolean;
                                        /** @enum {string} */
                                        from?: "next_message";
                                        timeout?: string;
                                        noResponse?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "send_webhook";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uri */
                                        url: string;
                                        headers?: {
                                            [key: string]: string;
                                        };
                                        /** @default 10000 */
                                        timeoutMs: number;
                                        /** @default 3 */
                                        retries: number;
                                        store?: {
                                            [key: string]: string;
                                        };
                                    } | {
                                        /** @enum {string} */
                                        type: "block_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "restore_contact";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "terminate_automations";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "start_automation";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        /** Format: uuid */
                                        automationId: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "chat_note";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        text: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "mark_unread";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "delay";
                                        delay: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "if_else";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        conditions: unknown;
                                        then?: string;
                                        else?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "customer_response";
                                        delay?: string;
                                        label?: string;
                                        position?: {
                                            x: number;
                                            y: number;
                                        };
                                        next?: string;
                                        timeout: string;
                                        noResponse?: string;
                                    };
                                };
                            };
                            integration?: {
                                url: string;
                                secret: string;
                            };
                            runs?: {
                                live: number;
                                total: number;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                version: number;
                                definition: {
                                    trigger: {
                                        /** @enum {string} */
                                        type: "message_phrase";
                                        phrase: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "button_reply";
                                        buttonId?: string;
                                        title?: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "integration";
                                    } | {
                                        /** @enum {string} */
                                        type: "list_added";
                                        list: string;
                                    } | {
                                        /** @enum {string} */
                                        type: "date_condition";
                                        field: string;
                                        /** @default 0 */
                                        offsetDays: number;
                                        /** @default 09:00 */
                                        time: string;
                                        /** @default false */
                                        yearly: boolean;
                                    } | {
                                        /** @enum {string} */
                                        type: "outside_working_hours";
                                    } | {
                                        /** @enum {string} */
                                        type: "holiday";
                                    } | {
                                        /** @enum {string} */
                                        type: "ticket_created";
                                    } | {
                                        /** @enum {string} */
                                        type: "ticket_status_changed";
                                        from?: string[];
                                        to?: string[];
                                    } | {
                                        /** @enum {string} */
                                        type: "api";
                                    } | {
                                        /** @enum {string} */
                                        type: "automation";
                                    };
                                    start: string;
                                    steps: {
                                        [key: string]: {
                                            /** @enum {string} */
                                            type: "send_template";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            template: {
                                                name: string;
                                                language: string;
                                                components?: {
                                                    [key: string]: unknown;
                                                }[];
                                            };
                                        } | {
                                            /** @enum {string} */
                                            type: "send_message";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            message: {
                                                /** @enum {string} */
                                                type: "text";
                                                text: string;
                                                previewUrl?: boolean;
                                            } | {
                                                /** @enum {string} */
                                                type: "buttons";
                                                text: string;
                                                header?: string;
                                                footer?: string;
                                                buttons: {
                                                    id?: string;
                                                    title: string;
                                                    next?: string;
                                                }[];
                                            } | {
                                                /** @enum {string} */
                                                type: "list";
                                                text: string;
                                                header?: string;
                                                footer?: string;
                                                buttonText: string;
                                                sections: {
                                                    title?: string;
                                                    rows: {
                                                        id?: string;
                                                        title: string;
                                                        description?: string;
                                                        next?: string;
                                                    }[];
                                                }[];
                                            } | {
                                                /** @enum {string} */
                                                type: "media";
                                                media: {
                                                    /** @enum {string} */
                                                    kind: "image" | "video" | "audio" | "document" | "sticker";
                                                    /** Format: uri */
                                                    url?: string;
                                                    id?: string;
                                                    caption?: string;
                                                    filename?: string;
                                                };
                                            };
                                            timeout?: string;
                                            noResponse?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "add_tag";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            tag: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "remove_tag";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            tag: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "add_to_list";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            list: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "remove_from_list";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            list: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "assign_operator";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uuid */
                                            userId: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "unassign_operator";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uuid */
                                            userId?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "open_ticket";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            title: string;
                                            description?: string;
                                            /** @enum {string} */
                                            priority?: "low" | "medium" | "high" | "urgent";
                                            status?: string;
                                            category?: string;
                                            /** Format: uuid */
                                            ownerId?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "update_ticket";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** @default %%TICKET_REFERENCE%% */
                                            reference: string;
                                            status?: string;
                                            /** @enum {string} */
                                            priority?: "low" | "medium" | "high" | "urgent";
                                            category?: string;
                                            /** Format: uuid */
                                            ownerId?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "close_ticket";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** @default %%TICKET_REFERENCE%% */
                                            reference: string;
                                            /** @default Closed */
                                            status: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "set_field";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            field: string;
                                            value?: string | number | boolean;
                                            /** @enum {string} */
                                            from?: "next_message";
                                            timeout?: string;
                                            noResponse?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "send_webhook";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uri */
                                            url: string;
                                            headers?: {
                                                [key: string]: string;
                                            };
                                            /** @default 10000 */
                                            timeoutMs: number;
                                            /** @default 3 */
                                            retries: number;
                                            store?: {
                                                [key: string]: string;
                                            };
                                        } | {
                                            /** @enum {string} */
                                            type: "block_contact";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "restore_contact";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "terminate_automations";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "start_automation";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            /** Format: uuid */
                                            automationId: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "chat_note";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            text: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "mark_unread";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "delay";
                                            delay: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "if_else";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            conditions: unknown;
                                            then?: string;
                                            else?: string;
                                        } | {
                                            /** @enum {string} */
                                            type: "customer_response";
                                            delay?: string;
                                            label?: string;
                                            position?: {
                                                x: number;
                                                y: number;
                                            };
                                            next?: string;
                                            timeout: string;
                                            noResponse?: string;
                                        };
                                    };
                                };
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runs of the automation, newest first; filter by contact, status, or the step they are at */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    contactId?: string;
                    status?: "running" | "waiting" | "completed" | "terminated" | "failed";
                    step?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                automationId: string;
                                version: number;
                                /** Format: uuid */
                                contactId: string;
                                /** @enum {string} */
                                status: "running" | "waiting" | "completed" | "terminated" | "failed";
                                currentStep: string | null;
                                path: string[];
                                depth: number;
                                trigger: string;
                                reason: string | null;
                                waitingUntil: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** Format: date-time */
                                endedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runs by status, and per step: entered, waiting there now, completed, failed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            runs: {
                                total: number;
                                running: number;
                                waiting: number;
                                completed: number;
                                terminated: number;
                                failed: number;
                            };
                            steps: {
                                stepId: string;
                                entered: number;
                                waiting: number;
                                completed: number;
                                failed: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a run for a contact (the api trigger); `data` is usable as %%KEY%%; an Idempotency-Key header makes retries safe */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId: string;
                        data?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            automationId: string;
                            version: number;
                            /** Format: uuid */
                            contactId: string;
                            /** @enum {string} */
                            status: "running" | "waiting" | "completed" | "terminated" | "failed";
                            currentStep: string | null;
                            path: string[];
                            depth: number;
                            trigger: string;
                            reason: string | null;
                            waitingUntil: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            endedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automations/{id}/steps/{stepId}/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the contacts waiting at a step now into a contact list (made if it does not exist) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stepId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            list: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            added: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run with its timeline: each step, when, how it went and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            automationId: string;
                            version: number;
                            /** Format: uuid */
                            contactId: string;
                            /** @enum {string} */
                            status: "running" | "waiting" | "completed" | "terminated" | "failed";
                            currentStep: string | null;
                            path: string[];
                            depth: number;
                            trigger: string;
                            reason: string | null;
                            waitingUntil: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            endedAt: string | null;
                            timeline: {
                                seq: number;
                                stepId: string;
                                status: string;
                                outcome: string | null;
                                reason: string | null;
                                /** Format: date-time */
                                enteredAt: string;
                                /** Format: date-time */
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/automation-runs/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a run by hand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            automationId: string;
                            version: number;
                            /** Format: uuid */
                            contactId: string;
                            /** @enum {string} */
                            status: "running" | "waiting" | "completed" | "terminated" | "failed";
                            currentStep: string | null;
                            path: string[];
                            depth: number;
                            trigger: string;
                            reason: string | null;
                            waitingUntil: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            startedAt: string;
                            /** Format: date-time */
                            endedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/automation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contact's runs, newest first (status=running|waiting for the ones under way) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "running" | "waiting" | "completed" | "terminated" | "failed";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                automationId: string;
                                version: number;
                                /** Format: uuid */
                                contactId: string;
                                /** @enum {string} */
                                status: "running" | "waiting" | "completed" | "terminated" | "failed";
                                currentStep: string | null;
                                path: string[];
                                depth: number;
                                trigger: string;
                                reason: string | null;
                                waitingUntil: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                startedAt: string;
                                /** Format: date-time */
                                endedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/automations/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop every automation the contact is in (the chat's "stop automations") */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stopped: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrations/automations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inbound integration: JSON with the contact's `phone` (and `name`, `email`); every field becomes run data (%%KEY%%, nested keys joined by _) and fills the dynamic fields of the same key. The secret goes in the X-Sportello-Secret header or ?secret= */
        post: {
            parameters: {
                query?: {
                    secret?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            runId: string | null;
                            /** Format: uuid */
                            contactId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/working-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s time zone, weekly opening hours (ISO weekday "1" Monday … "7" Sunday) and holidays; Monday–Friday 09:00–18:00 until saved */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timezone: string;
                            workingHours: {
                                /** @default [] */
                                1: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                2: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                3: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                4: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                5: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                6: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                7: {
                                    from: string;
                                    to: string;
                                }[];
                            };
                            /** @default [] */
                            holidays: {
                                /** Format: date */
                                date: string;
                                name?: string;
                                /** @default false */
                                yearly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        /** Replace the schedule (admins): intervals "HH:MM"–"HH:MM" (to may be "24:00", from inclusive, to exclusive, no overlaps), a day left out or empty is closed; holidays {date, name?, yearly?}; the time zone becomes the account’s */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        timezone: string;
                        workingHours: {
                            /** @default [] */
                            1?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            2?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            3?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            4?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            5?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            6?: {
                                from: string;
                                to: string;
                            }[];
                            /** @default [] */
                            7?: {
                                from: string;
                                to: string;
                            }[];
                        };
                        /** @default [] */
                        holidays?: {
                            /** Format: date */
                            date: string;
                            name?: string;
                            /** @default false */
                            yearly?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timezone: string;
                            workingHours: {
                                /** @default [] */
                                1: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                2: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                3: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                4: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                5: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                6: {
                                    from: string;
                                    to: string;
                                }[];
                                /** @default [] */
                                7: {
                                    from: string;
                                    to: string;
                                }[];
                            };
                            /** @default [] */
                            holidays: {
                                /** Format: date */
                                date: string;
                                name?: string;
                                /** @default false */
                                yearly: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details?: unknown;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
