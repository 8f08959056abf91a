import 'kakao-friend-picker';

// A kfp-* event heard on `document` has its detail type: a misspelt field does not compile.
document.addEventListener('kfp-confirm', (event) => console.log(event.detail.uuidz));
