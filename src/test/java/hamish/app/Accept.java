package hamish.app;

import hamish.analysis.EntityProposal;
import hamish.app.history.EditHistory;
import hamish.model.Annotation;
import hamish.store.Stores;
import java.time.Clock;
import java.util.List;

/** Test set-up: accepts proposals as a user would, through the use case, on a history of their own. */
public final class Accept {

    private Accept() {
    }

    public static List<Annotation> mentions(Stores stores, MentionService service, List<EntityProposal> proposals) {
        return new Annotating(stores, new EditHistory(), Clock.systemUTC()).acceptMentions(Origin.of("test"), service, proposals);
    }
}
