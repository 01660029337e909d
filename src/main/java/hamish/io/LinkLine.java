package hamish.io;

import hamish.model.LinkType;

/** One line of {@code hamish link --from}: two annotations (their ids) and how they relate. */
public record LinkLine(long line, long from, long to, LinkType type, String note) {
}
