package org.fractalgoals.platform;

/**
 * Metadata that every command of an import carries, and Axon copies onto its events: which import, and from
 * what. The events' own times ({@code occurredAt}) are the original business times; the event store's
 * timestamp is when the import ran. Command handlers that apply other rules to imported data (keeping a
 * deadline past the parent's, never completing a goal from imported sets) read {@link #IMPORT_ID}
 * with {@code @MetaDataValue}.
 */
public final class ImportMetaData {

    public static final String IMPORT_ID = "importId";
    public static final String IMPORTED_FROM = "importedFrom";
    public static final String V1_2 = "fractal-goals-v1.2";

    private ImportMetaData() {
    }
}
