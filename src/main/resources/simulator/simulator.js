/*
 * 協働ボット simulator: posts simulated LINE events to /api/simulator/messages and draws the LINE message objects
 * that come back the way the LINE app would. Everything is built with textContent (never innerHTML), so nothing
 * in a message can inject markup.
 */
(function () {
  'use strict';

  const API = '/api/simulator/messages';
  const USER_ID_KEY = 'kyodo-simulator-user-id';
  const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
  const BOT_NAME = '協働ボット';
  const SIZES = { xxs: 11, xs: 12, sm: 13, md: 15, lg: 17, xl: 20, xxl: 24, '3xl': 30, '4xl': 38, '5xl': 48 };
  const SPACES = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };

  const chat = document.getElementById('chat');
  const quickReplies = document.getElementById('quick-replies');
  const composer = document.getElementById('composer');
  const textInput = document.getElementById('text');
  const sendButton = document.getElementById('send');
  const userIdInput = document.getElementById('user-id');
  const picker = document.getElementById('picker');
  const pickerForm = document.getElementById('picker-form');
  const pickerInput = document.getElementById('picker-input');
  const pickerTitle = document.getElementById('picker-title');
  const locationPicker = document.getElementById('location-picker');
  const locationForm = document.getElementById('location-form');
  const locationLatitude = document.getElementById('location-latitude');
  const locationLongitude = document.getElementById('location-longitude');
  const locationAddress = document.getElementById('location-address');
  let pending = 0;
  let pickerAction = null;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function now() {
    const date = new Date();
    return String(date.getHours()).padStart(2, '0') + ':' + String(date.getMinutes()).padStart(2, '0');
  }

  function scrollToEnd() {
    chat.scrollTop = chat.scrollHeight;
  }

  /* ---------- user id ---------- */

  function randomUserId() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return 'U' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function userId() {
    return userIdInput.value.trim();
  }

  function setUserId(id) {
    userIdInput.value = id;
    userIdInput.classList.remove('invalid');
    localStorage.setItem(USER_ID_KEY, id);
  }

  userIdInput.addEventListener('change', () => {
    const id = userId();
    if (USER_ID.test(id)) {
      setUserId(id);
      note('ユーザーIDを変更しました');
    } else {
      userIdInput.classList.add('invalid');
    }
  });

  document.getElementById('new-user').addEventListener('click', () => {
    setUserId(randomUserId());
    chat.replaceChildren();
    showQuickReplies(null);
    note('新しいユーザーになりました');
  });

  /* ---------- chat rows ---------- */

  function userBubble(text) {
    const row = el('div', 'row user');
    row.append(el('span', 'time', now()), el('div', 'bubble user', text));
    chat.append(row);
    scrollToEnd();
  }

  /** One bot message; like LINE, only the first of a reply shows the bot's icon and name. */
  function botRow(content, continued) {
    const row = el('div', continued ? 'row bot continued' : 'row bot');
    const column = el('div', 'bot-column');
    const line = el('div', 'bot-line');
    line.append(content, el('span', 'time', now()));
    if (!continued) {
      column.append(el('div', 'bot-name', BOT_NAME));
    }
    column.append(line);
    row.append(el('div', 'avatar', continued ? '' : '協'), column);
    row.dataset.from = 'bot';
    chat.append(row);
    return row;
  }

  function note(text, error) {
    const row = el('div', error ? 'note error' : 'note');
    row.append(el('span', null, text));
    chat.append(row);
    scrollToEnd();
  }

  /* ---------- rendering LINE message objects ---------- */

  function renderMessages(messages) {
    let quickReply = null;
    (messages || []).forEach((message, index) => {
      botRow(renderMessage(message), index > 0);
      if (index === messages.length - 1) {
        // LINE shows the quick reply of the last message only.
        quickReply = message && message.quickReply ? message.quickReply : null;
      }
    });
    showQuickReplies(quickReply);
    scrollToEnd();
  }

  function renderMessage(message) {
    const type = message && message.type;
    if (type === 'text') {
      return el('div', 'bubble bot', message.text);
    }
    if (type === 'flex' && message.contents) {
      return renderFlexContainer(message.contents, message.altText);
    }
    if (type === 'template' && message.template) {
      return renderTemplate(message.template, message.altText);
    }
    if (type === 'location') {
      return renderLocation(message);
    }
    return placeholder(type, message && message.altText);
  }

  function renderLocation(message) {
    const bubble = el('div', 'bubble bot location');
    bubble.dataset.latitude = String(message.latitude);
    bubble.dataset.longitude = String(message.longitude);
    bubble.append(el('div', 'location-title', '📍 ' + (message.title || '')),
        el('div', 'location-address', message.address || ''));
    const link = el('a', null, '地図で開く');
    link.href = 'https://www.google.com/maps/search/?api=1&query='
        + encodeURIComponent(message.latitude + ',' + message.longitude);
    link.target = '_blank';
    link.rel = 'noopener';
    bubble.append(link);
    return bubble;
  }

  function placeholder(type, altText) {
    const text = '［' + (type || '不明') + ' メッセージ：シミュレーターでは表示できません］' + (altText ? '\n' + altText : '');
    const node = el('div', 'bubble bot placeholder', text);
    node.dataset.unsupported = type || '';
    return node;
  }

  function renderFlexContainer(container, altText) {
    if (container.type === 'carousel') {
      const carousel = el('div', 'carousel');
      (container.contents || []).forEach((bubble) => carousel.append(renderFlexBubble(bubble)));
      return carousel;
    }
    if (container.type === 'bubble') {
      return renderFlexBubble(container);
    }
    return placeholder('flex ' + container.type, altText);
  }

  function renderFlexBubble(bubble) {
    const card = el('div', 'flex-bubble ' + (bubble.size || 'mega'));
    ['header', 'hero', 'body', 'footer'].forEach((name) => {
      const part = bubble[name];
      if (!part) {
        return;
      }
      const section = el('div', 'flex-section ' + name);
      section.append(renderFlexComponent(part, 'vertical'));
      const style = bubble.styles && bubble.styles[name];
      if (style && style.backgroundColor) {
        section.style.backgroundColor = style.backgroundColor;
      }
      card.append(section);
    });
    return card;
  }

  function space(value) {
    if (value === undefined || value === null) {
      return 0;
    }
    if (value in SPACES) {
      return SPACES[value];
    }
    const px = parseInt(value, 10);
    return Number.isNaN(px) ? 0 : px;
  }

  function renderFlexComponent(component, parentLayout) {
    let node;
    switch (component.type) {
      case 'box':
        node = el('div', 'flex-box ' + (component.layout || 'vertical'));
        (component.contents || []).forEach((child, index) => {
          const rendered = renderFlexComponent(child, component.layout);
          if (index > 0 && component.spacing && !child.margin) {
            rendered.style[component.layout === 'vertical' ? 'marginTop' : 'marginLeft'] =
                space(component.spacing) + 'px';
          }
          node.append(rendered);
        });
        if (component.backgroundColor) {
          node.style.backgroundColor = component.backgroundColor;
        }
        if (component.paddingAll) {
          node.style.padding = space(component.paddingAll) + 'px';
        }
        break;
      case 'text':
        node = el('div', 'flex-text' + (component.wrap ? '' : ' nowrap'),
            component.contents && component.contents.length
              ? component.contents.map((span) => span.text || '').join('') : component.text);
        if (component.weight === 'bold') {
          node.style.fontWeight = 'bold';
        }
        if (component.size) {
          node.style.fontSize = (SIZES[component.size] || parseInt(component.size, 10) || 15) + 'px';
        }
        if (component.color) {
          node.style.color = component.color;
        }
        if (component.align) {
          node.style.textAlign = component.align === 'end' ? 'right' : component.align === 'center' ? 'center' : 'left';
        }
        break;
      case 'button':
        node = actionButton(component.action,
            'flex-button ' + (component.style || 'link') + (component.height === 'sm' ? ' sm' : ''));
        if (component.color && component.style && component.style !== 'link') {
          node.style.backgroundColor = component.color;
        }
        break;
      case 'separator':
        node = el('div', 'flex-separator');
        break;
      case 'filler':
      case 'spacer':
        node = el('div', 'flex-filler');
        break;
      case 'image':
        node = el('div', 'flex-image', '画像');
        break;
      default:
        node = el('div', 'flex-text placeholder', '［' + component.type + '］');
    }
    if (component.margin && parentLayout) {
      node.style[parentLayout === 'vertical' ? 'marginTop' : 'marginLeft'] = space(component.margin) + 'px';
    }
    if (component.flex !== undefined && parentLayout && parentLayout !== 'vertical') {
      node.style.flex = component.flex + ' 1 0';
    }
    return node;
  }

  function renderTemplate(template, altText) {
    if (template.type === 'confirm' || template.type === 'buttons') {
      const card = el('div', 'template ' + template.type);
      if (template.title) {
        card.append(el('div', 'template-title', template.title));
      }
      card.append(el('div', 'template-text', template.text));
      const actions = el('div', 'template-actions ' + template.type);
      (template.actions || []).forEach((action) => actions.append(actionButton(action, 'template-button')));
      card.append(actions);
      return card;
    }
    if (template.type === 'carousel') {
      const carousel = el('div', 'carousel');
      (template.columns || []).forEach((column) => carousel.append(renderTemplate(
          { type: 'buttons', title: column.title, text: column.text, actions: column.actions }, altText)));
      return carousel;
    }
    return placeholder('template ' + template.type, altText);
  }

  function actionButton(action, className) {
    const button = el('button', className, action && action.label ? action.label : '');
    button.type = 'button';
    if (!action || !['message', 'postback', 'datetimepicker', 'uri', 'location'].includes(action.type)) {
      button.disabled = true;
      button.title = 'シミュレーターでは使えない操作です';
      return button;
    }
    button.dataset.action = action.type;
    button.addEventListener('click', () => perform(action));
    return button;
  }

  function showQuickReplies(quickReply) {
    quickReplies.replaceChildren();
    const items = quickReply && quickReply.items ? quickReply.items : [];
    items.forEach((item) => quickReplies.append(actionButton(item.action, 'quick-reply')));
    quickReplies.hidden = items.length === 0;
  }

  /* ---------- actions ---------- */

  function perform(action) {
    if (action.type === 'message') {
      sendText(action.text);
    } else if (action.type === 'postback') {
      send({ postback: action.data }, action.displayText || null);
    } else if (action.type === 'datetimepicker') {
      openPicker(action);
    } else if (action.type === 'uri') {
      window.open(action.uri, '_blank', 'noopener');
    } else if (action.type === 'location') {
      openLocationPicker();
    }
  }

  /* ---------- sharing a location (LINE's ＋ → 位置情報) ---------- */

  function openLocationPicker() {
    locationPicker.hidden = false;
    locationLatitude.focus();
  }

  function closeLocationPicker() {
    locationPicker.hidden = true;
  }

  locationForm.querySelectorAll('.location-presets button[data-latitude]').forEach((preset) => {
    preset.addEventListener('click', () => {
      locationLatitude.value = preset.dataset.latitude;
      locationLongitude.value = preset.dataset.longitude;
      locationAddress.value = preset.dataset.address;
    });
  });

  document.getElementById('location-here').addEventListener('click', () => {
    if (!navigator.geolocation) {
      note('このブラウザでは現在地を取得できません。緯度と経度を入力してください。', true);
      return;
    }
    navigator.geolocation.getCurrentPosition((position) => {
      locationLatitude.value = position.coords.latitude.toFixed(6);
      locationLongitude.value = position.coords.longitude.toFixed(6);
      locationAddress.value = '';
    }, () => note('現在地を取得できませんでした。緯度と経度を入力してください。', true));
  });

  locationForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const location = {
      latitude: Number(locationLatitude.value),
      longitude: Number(locationLongitude.value),
    };
    if (locationAddress.value.trim()) {
      location.address = locationAddress.value.trim();
    }
    closeLocationPicker();
    send({ location: location }, '📍 ' + (location.address || location.latitude + ', ' + location.longitude));
  });
  document.getElementById('location-cancel').addEventListener('click', closeLocationPicker);
  document.getElementById('share-location').addEventListener('click', openLocationPicker);

  const PICKERS = {
    date: { input: 'date', title: '日付を選択', param: 'date' },
    time: { input: 'time', title: '時刻を選択', param: 'time' },
    datetime: { input: 'datetime-local', title: '日時を選択', param: 'datetime' },
  };

  function openPicker(action) {
    const kind = PICKERS[action.mode] || PICKERS.date;
    pickerAction = action;
    pickerTitle.textContent = action.label ? action.label + '：' + kind.title : kind.title;
    pickerInput.type = kind.input;
    pickerInput.min = action.min || '';
    pickerInput.max = action.max || '';
    pickerInput.value = action.initial || '';
    picker.hidden = false;
    pickerInput.focus();
    try {
      pickerInput.showPicker();
    } catch (ignored) {
      // showPicker needs a user gesture in some browsers; the input is still there to type into.
    }
  }

  function closePicker() {
    picker.hidden = true;
    pickerAction = null;
  }

  pickerForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pickerAction || !pickerInput.value) {
      return;
    }
    const kind = PICKERS[pickerAction.mode] || PICKERS.date;
    const params = {};
    params[kind.param] = pickerInput.value;
    const data = pickerAction.data;
    closePicker();
    note(kind.title + '：' + params[kind.param]);
    send({ postback: data, params: params }, null);
  });
  document.getElementById('picker-cancel').addEventListener('click', closePicker);

  /* ---------- talking to the bot ---------- */

  function sendText(text) {
    send({ text: text }, text);
  }

  async function send(event, echo) {
    const id = userId();
    if (!USER_ID.test(id)) {
      userIdInput.classList.add('invalid');
      note('ユーザーIDが正しくありません（英数字、- と _、64文字まで）', true);
      return;
    }
    showQuickReplies(null);
    if (echo) {
      userBubble(echo);
    }
    const typing = botRow(el('div', 'bubble bot', '・・・'));
    typing.classList.add('typing');
    typing.dataset.from = 'typing';
    scrollToEnd();
    pending++;
    sendButton.disabled = true;
    try {
      const response = await fetch(API, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(Object.assign({ userId: id }, event)),
      });
      const body = await response.json().catch(() => null);
      typing.remove();
      if (response.ok && body) {
        renderMessages(body.messages);
      } else if (response.status === 409) {
        note('ほかのメッセージを処理中です。少し待ってからもう一度送ってください。', true);
      } else {
        note('送信できませんでした（' + response.status + '）' + (body && body.detail ? '：' + body.detail : ''), true);
      }
    } catch (failure) {
      typing.remove();
      note('ボットに接続できませんでした。アプリが起動しているか確認してください。', true);
    } finally {
      pending--;
      sendButton.disabled = pending > 0;
      document.body.dataset.pending = String(pending);
    }
  }

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = textInput.value;
    if (!text.trim()) {
      return;
    }
    textInput.value = '';
    sendText(text);
  });

  document.getElementById('follow').addEventListener('click', () => {
    note('友だち追加しました');
    send({ event: 'follow' }, null);
  });

  document.getElementById('unfollow').addEventListener('click', () => {
    note('ブロックしました');
    send({ event: 'unfollow' }, null);
  });

  setUserId(USER_ID.test(localStorage.getItem(USER_ID_KEY) || '') ? localStorage.getItem(USER_ID_KEY)
      : randomUserId());
  document.body.dataset.pending = '0';

  /* ---------- pushes: notices, reminders and staff answers (kept for the simulator in local mode) ---------- */

  const INBOX = '/api/simulator/inbox';

  async function checkInbox() {
    const id = userId();
    if (!USER_ID.test(id)) {
      return;
    }
    try {
      const response = await fetch(INBOX + '?userId=' + encodeURIComponent(id), {
        headers: { Accept: 'application/json' },
      });
      const body = response.ok ? await response.json() : null;
      if (body && body.messages && body.messages.length > 0) {
        renderMessages(body.messages);
      }
    } catch (failure) {
      // The next look will try again; a missed look loses nothing, the server keeps the messages.
    }
  }

  setInterval(checkInbox, 3000);

  // For tests and debugging: draw a canned list of LINE message objects as if the bot had sent them.
  window.kyodoSimulator = { renderMessages: renderMessages };
}());
