package com.credence.base;

/**
 * Input a user or a client sent that Credence refuses. The message is meant for that person:
 * it says what is wrong and, where it helps, what would be accepted. Nothing was changed.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
