package com.credence.article;

import com.credence.base.InvalidInputException;

/** Input over the import size limit (the API answers 413). */
public class ArticleTooLargeException extends InvalidInputException {

    public ArticleTooLargeException(String message) {
        super(message);
    }
}
