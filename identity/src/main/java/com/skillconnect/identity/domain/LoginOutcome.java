package com.skillconnect.identity.domain;

/** What a password login attempt on an account came to. */
public enum LoginOutcome { SUCCESS, WRONG_PASSWORD, LOCKED, NOT_VERIFIED }
