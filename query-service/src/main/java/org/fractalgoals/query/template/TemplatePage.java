package org.fractalgoals.query.template;

import java.util.List;

/** A page of templates; {@code nextCursor} is null on the last page. */
public record TemplatePage(List<TemplateView> items, String nextCursor) {
}
