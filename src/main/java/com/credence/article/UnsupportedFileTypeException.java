package com.credence.article;

import com.credence.base.InvalidInputException;

/** A file of a kind Credence does not import (the API answers 415). */
public class UnsupportedFileTypeException extends InvalidInputException {

    public UnsupportedFileTypeException(String message) {
        super(message);
    }
}
