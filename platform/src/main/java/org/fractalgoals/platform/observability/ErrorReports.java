package org.fractalgoals.platform.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import io.sentry.Sentry;
import io.sentry.SentryLevel;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Turns every ERROR log line into an error report when error reporting is on (SENTRY_DSN set), with the logger's
 * name and the request id as tags. Our log lines carry no personal data (security.md), so neither do the reports.
 * Sentry's own logback module is not on Maven Central in the version we use; this is the small part we need.
 */
class ErrorReports extends AppenderBase<ILoggingEvent> implements SmartInitializingSingleton {

    static final String NAME = "error-reports";

    @Override
    public void afterSingletonsInstantiated() {
        if (!Sentry.isEnabled() || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(NAME) == null) {
            setName(NAME);
            setContext(context);
            start();
            root.addAppender(this);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR) || !Sentry.isEnabled()) {
            return;
        }
        Sentry.withScope(scope -> {
            scope.setTag("logger", event.getLoggerName());
            String requestId = event.getMDCPropertyMap().get(RequestIds.KEY);
            if (requestId != null) {
                scope.setTag(RequestIds.KEY, requestId);
            }
            if (event.getThrowableProxy() instanceof ThrowableProxy proxy) {
                scope.setExtra("log", event.getFormattedMessage());
                Sentry.captureException(proxy.getThrowable());
            } else {
                Sentry.captureMessage(event.getFormattedMessage(), SentryLevel.ERROR);
            }
        });
    }
}
