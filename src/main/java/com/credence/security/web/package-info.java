@NullMarked
package com.credence.security.web;

import org.jspecify.annotations.NullMarked;
