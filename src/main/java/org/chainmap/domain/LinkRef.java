package org.chainmap.domain;

/**
 * A link named in an answer: its id, Chinese name, English name ({@code null} where none was imported) and the chain
 * that has it.
 */
public record LinkRef(String id, String name, String nameEn, String chainId) {}
