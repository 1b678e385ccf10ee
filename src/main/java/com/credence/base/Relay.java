package com.credence.base;

/**
 * "Something new on this topic" between the instances of Credence that share a database. A message
 * carries no data: whoever wakes up reads what is new from the database, so a lost or doubled
 * message costs a read, never a change. {@link #publish} inside a transaction is delivered when it
 * commits (and dropped when it rolls back), to every instance, this one included.
 *
 * <p>Chosen by {@code credence.relay}: {@code local} (one instance; the default on H2) or
 * {@code postgres} (PostgreSQL's LISTEN/NOTIFY; the default on PostgreSQL). A broker (Kafka, RabbitMQ)
 * would be one more implementation of this interface and one more value of the setting.
 */
public interface Relay {

    /** Tells every instance that the topic has news (after the current transaction commits, if there is one). */
    void publish(String topic);

    /**
     * Calls the listener when the topic has news, on the relay's own thread (keep it short, or hand
     * the work on). Also called after the relay lost and regained its connection, when news may have
     * been missed. Run the result to stop.
     */
    Runnable subscribe(String topic, Runnable listener);
}
