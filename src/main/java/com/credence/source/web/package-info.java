@NullMarked
package com.credence.source.web;

import org.jspecify.annotations.NullMarked;
